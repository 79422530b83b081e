import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { sampleSource } from '../test-utils/fixtures.js';
import { KEYS, renderApp } from '../test-utils/render-app.js';
import { displayWidth } from '../text/display-width.js';

afterEach(() => cleanup());

async function openAssets(lang: 'en' | 'ja' = 'en', columns = 80) {
  const app = renderApp(sampleSource(), { lang, columns });
  await app.waitFor(lang === 'en' ? 'Posture' : 'セキュリティ状態');
  await app.press('2');
  await app.waitFor('core-switch');
  return app;
}

describe('assets screen', () => {
  it('filters as you type and clears with Esc', async () => {
    const app = await openAssets();
    await app.press('/', ...'198.51.100.5');
    const f = await app.waitFor('1/4');
    expect(f).toContain('複合機 2F');
    expect(f).not.toContain('core-switch');
    await app.press(KEYS.escape);
    await app.waitFor('4/4');
  });

  it('takes keys that arrive in one read (SSH, key repeat): Backspaces delete one each, j moves twice', async () => {
    const app = await openAssets();
    await app.press('/', '198.51.100.5xyz');
    await app.waitFor('0/4');
    await app.press(KEYS.backspace.repeat(3));
    await app.waitFor((f) => f.includes('198.51.100.5 ') && f.includes('1/4'));
    await app.press(KEYS.escape);
    const all = await app.waitFor('4/4');
    expect(all.split('\n').find((l) => l.startsWith('>'))).toContain('core-switch');
    await app.press('jj');
    // Sorted by name: core-switch, reception-pc, 経理部のパソコン, 複合機 2F.
    // Only one step would stop on reception-pc; the wait then times out.
    await app.waitFor((f) => (f.split('\n').find((l) => l.startsWith('>')) ?? '').includes('経理部のパソコン'));
  });

  it('filters by type and sorts by column', async () => {
    const app = await openAssets();
    await app.press('t');
    const pcs = await app.waitFor('Type: PC');
    expect(pcs).toContain('2/4');
    expect(pcs).not.toContain('core-switch');
    await app.press('t');
    await app.waitFor((f) => f.includes('Type: printer') && f.includes('1/4'));
    await app.press('t', 't');
    await app.waitFor('Type: all');
    await app.press('s', 's'); // name -> type -> ip
    const byIp = await app.waitFor('Sort: IP ▲');
    const order = ['core-switch', '経理部のパソコン', 'reception-pc', '複合機 2F'].map((n) => byIp.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await app.press('S');
    const desc = await app.waitFor('Sort: IP ▼');
    expect(desc.indexOf('複合機 2F')).toBeLessThan(desc.indexOf('core-switch'));
  });

  it('opens the detail with inventory sections and filters the software list', async () => {
    const app = await openAssets();
    // Sorted by name: reception-pc, core-switch... find 経理部 by filtering first.
    await app.press('/');
    app.stdin.write('keiri');
    await app.waitFor('1/4');
    await app.press(KEYS.enter, KEYS.enter);
    const overview = await app.waitFor('[Overview]');
    expect(overview).toContain('keiri-pc');
    expect(overview).toContain('aa:bb:cc:00:00:01');
    await app.press(KEYS.right, KEYS.right);
    const software = await app.waitFor('[software]');
    expect(software).toContain('7-Zip');
    await app.press('/');
    app.stdin.write('弥生');
    const filtered = await app.waitFor('1/3');
    expect(filtered).toContain('弥生会計');
    expect(filtered).not.toContain('7-Zip');
    await app.press(KEYS.enter, 'l');
    await app.waitFor('[Identity flags]');
    await app.press('l');
    await app.waitFor('agent.enrolled');
    await app.press('q');
    await app.waitFor('Sort: Name');
  });

  it('keeps Japanese columns aligned by display width at 80 columns', async () => {
    const app = await openAssets('ja');
    const f = await app.waitFor('複合機 2F');
    const rows = f.split('\n').filter((l) => l.includes('198.51.100.'));
    expect(rows).toHaveLength(4);
    const ipCell = rows.map((r) => displayWidth(r.slice(0, r.indexOf('198.51.100.'))));
    expect(new Set(ipCell).size).toBe(1);
    for (const line of f.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(f).toContain('● 接続中');
  });
});
