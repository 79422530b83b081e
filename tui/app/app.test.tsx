import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { sampleSource } from '../test-utils/fixtures.js';
import { KEYS, renderApp } from '../test-utils/render-app.js';

afterEach(() => cleanup());

describe('app navigation', () => {
  it('opens on the dashboard and switches screens by number and Tab', async () => {
    const app = renderApp(sampleSource());
    const first = await app.waitFor('Posture');
    expect(first).toContain('[1 Dashboard]');
    expect(first).toMatch(/PCs 2 \(online 1 \/ offline 1\)/);
    await app.press('2');
    await app.waitFor('[2 Assets]');
    await app.waitFor('経理部のパソコン');
    await app.press(KEYS.tab);
    await app.waitFor('[3 Events]');
    await app.press('6');
    await app.waitFor('Keep events');
  });

  it('asks before quitting and stays on n', async () => {
    const app = renderApp(sampleSource());
    await app.waitFor('Posture');
    await app.press('q');
    await app.waitFor('Quit Mamori?');
    await app.press('n');
    await app.waitFor((f) => !f.includes('Quit Mamori?') && f.includes('Posture'));
  });

  it('shows help generated from the key table and closes it on any key', async () => {
    const app = renderApp(sampleSource());
    await app.waitFor('Posture');
    await app.press('2');
    await app.waitFor('経理部');
    await app.press('?');
    const help = await app.waitFor('Keys');
    expect(help).toContain('Cycle type filter');
    expect(help).toContain('Everywhere');
    expect(help).toMatch(/↑ \/ k\s+Move up/);
    await app.press('x');
    await app.waitFor('経理部');
  });

  it('switches language at run time with L', async () => {
    const app = renderApp(sampleSource());
    await app.waitFor('Posture');
    await app.press('L');
    const ja = await app.waitFor('セキュリティ状態');
    expect(ja).toContain('[1 ダッシュボード]');
    expect(ja).toContain('マイナンバーファイルあり');
  });
});
