import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { MamoriError } from '../../appliance/control/contract/index.js';
import type { DataSource } from '../data/data-source.js';
import { sampleSource } from '../test-utils/fixtures.js';
import { renderApp } from '../test-utils/render-app.js';

afterEach(() => cleanup());

describe('connection', () => {
  it('explains a missing daemon in Japanese, then connects by itself when it appears', async () => {
    let up = false;
    const source = sampleSource();
    const app = renderApp(async () => {
      if (!up) throw new MamoriError('NO_DAEMON', 'no mamori daemon is running at /run/test.sock');
      return source;
    }, { lang: 'ja' });
    const f = await app.waitFor('守りのデーモンが動いていません');
    expect(f).toContain('詳細: no mamori daemon is running at /run/test.sock');
    expect(f).not.toMatch(/at .*\.js:\d+/); // no stack trace
    up = true;
    await app.waitFor('セキュリティ状態');
  });

  it.each([
    ['CONTROL_DENIED', 'Permission denied on the control socket', 'group that owns /run/test.sock'],
    ['VERSION_MISMATCH', 'The daemon is a different version', 'same version'],
  ] as const)('shows a clear screen for %s', async (code, title, hint) => {
    const app = renderApp(async () => {
      throw new MamoriError(code, 'x');
    });
    const f = await app.waitFor(title);
    expect(f).toContain(hint);
  });

  it('says so on screen when the daemon goes away and again when it is back', async () => {
    const sources: DataSource[] = [];
    let fail = false;
    const app = renderApp(async () => {
      if (fail) throw new MamoriError('NO_DAEMON', 'gone');
      const s = sampleSource();
      sources.push(s);
      return s;
    });
    await app.waitFor('Posture');
    fail = true;
    sources[0]!.close();
    const lost = await app.waitFor('Connection to the daemon lost');
    expect(lost).toContain('Posture'); // the last data stays on screen
    fail = false;
    await app.waitFor('Reconnected to the daemon.');
    expect(sources).toHaveLength(2);
    await app.waitFor((f) => !f.includes('Reconnected'));
  });
});
