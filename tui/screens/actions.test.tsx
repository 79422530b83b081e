import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { MamoriError } from '../../appliance/control/contract/index.js';
import { sampleSource } from '../test-utils/fixtures.js';
import { KEYS, renderApp } from '../test-utils/render-app.js';

afterEach(() => cleanup());

async function open(tab: string, ready: string, lang: 'en' | 'ja' = 'en') {
  const source = sampleSource();
  const app = renderApp(source, { lang });
  await app.waitFor(lang === 'en' ? 'Posture' : 'セキュリティ状態');
  await app.press(tab);
  await app.waitFor(ready);
  return { source, app };
}

describe('alerts screen', () => {
  it('acknowledges the selected alert with a note', async () => {
    const { source, app } = await open('4', '未登録の機器を検出しました');
    expect(app.frame()).toContain('core-switch');
    await app.press('a');
    await app.waitFor('Note for acknowledging');
    app.stdin.write('checked, new printer');
    await app.press(KEYS.enter);
    await app.waitFor('✓ Acknowledged');
    expect(source.calls).toContain('alerts.ack al-1 checked, new printer');
    await app.waitFor((f) => !f.includes('未登録の機器'));
    await app.press('v');
    await app.waitFor((f) => f.includes('未登録の機器') && f.includes('— checked'));
  });
});

describe('enroll screen', () => {
  it('creates a token and shows address, fingerprint and the one-line command', async () => {
    const { app } = await open('5', 'reception-pc');
    expect(app.frame()).toContain('wss://198.51.100.2:8443');
    expect(app.frame()).toContain('SHA256:AB:CD:EF');
    await app.press('n');
    const f = await app.waitFor('tok-1');
    expect(f.replace(/\n/g, '')).toContain('mamori-agent enroll --server wss://198.51.100.2:8443 --token tok-1');
  });

  it('revokes an agent only after confirmation', async () => {
    const { source, app } = await open('5', 'reception-pc');
    await app.press('j', 'x');
    await app.waitFor('Revoke agent ag-2');
    await app.press('n');
    await app.waitFor((f) => !f.includes('Revoke agent ag-2'));
    expect(source.calls.filter((c) => c.startsWith('agents.revoke'))).toEqual([]);
    await app.press('x');
    await app.waitFor('Revoke agent ag-2');
    await app.press('y');
    await app.waitFor('✓ Revoked reception-pc');
    expect(source.calls).toContain('agents.revoke ag-2');
    await app.waitFor('✗ revoked');
  });
});

describe('settings screen', () => {
  it('validates, confirms and saves a change as one patch', async () => {
    const { source, app } = await open('6', 'Keep events');
    // The form comes from the settings schema: the scan limits are there, with their units.
    await app.waitFor('Largest file scanned');
    await app.waitFor('512 MB');
    await app.press(KEYS.enter);
    await app.waitFor('Keep events:');
    await app.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, 'x');
    await app.press(KEYS.enter);
    await app.waitFor('Enter a whole number (≥ 1).');
    await app.press(KEYS.backspace, '9', '0', KEYS.enter);
    await app.waitFor('1 unsaved change(s)');
    await app.press('j', 'j', 'j');
    await app.waitFor('Look for printers'); // the selected field's help
    await app.press(KEYS.enter); // toggles discovery on
    await app.waitFor('2 unsaved change(s)');
    await app.press('s');
    const confirm = await app.waitFor('Save these changes?');
    expect(confirm).toContain('Keep events: 365 days → 90 days');
    await app.press('y');
    await app.waitFor('✓ Saved');
    const updates = source.calls.filter((c) => c.startsWith('settings.update')).map((c) => JSON.parse(c.slice('settings.update '.length)));
    expect(updates).toEqual([{ discovery: { enabled: true }, retentionDays: 90 }]);
    expect(source.state.settings.retentionDays).toBe(90);
  });

  it('shows the daemon’s refusal instead of saving', async () => {
    const { source, app } = await open('6', 'Keep events');
    source.validateSettings = () => {
      throw new MamoriError('BAD_REQUEST', 'discovery.targets: 999.1.1.0/24 is not a subnet');
    };
    await app.press('j', 'j', 'j', 'j', 'j', KEYS.enter);
    app.stdin.write('999.1.1.0/24');
    await app.press(KEYS.enter, 's', 'y');
    await app.waitFor('✗ discovery.targets: 999.1.1.0/24 is not a subnet');
    expect(source.state.settings.discovery.targets).toEqual([]);
  });
});
