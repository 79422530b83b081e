import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { sampleSource } from '../test-utils/fixtures.js';
import { renderApp } from '../test-utils/render-app.js';
import { displayWidth } from '../text/display-width.js';

afterEach(() => cleanup());

const READY = {
  en: ['Posture', 'core-switch', 'discovery.found', 'Antivirus is off', 'reception-pc', 'Keep events'],
  ja: ['セキュリティ状態', 'core-switch', 'discovery.found', 'Antivirus is off', 'reception-pc', 'イベントの保存期間'],
};

describe('layout', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`fits every screen into 80x24 in ${lang}`, async () => {
      const app = renderApp(sampleSource(), { lang, columns: 80, rows: 24 });
      for (let tab = 1; tab <= 6; tab++) {
        await app.press(String(tab));
        const f = await app.waitFor(READY[lang][tab - 1]!);
        const lines = f.split('\n');
        // One line short of the terminal, so Ink never clears the whole screen to redraw.
        expect(lines.length, `screen ${tab}`).toBeLessThanOrEqual(23);
        for (const line of lines) expect(displayWidth(line), `screen ${tab}: ${line}`).toBeLessThanOrEqual(80);
      }
    });
  }

  it('uses the extra width of a wider terminal', async () => {
    const app = renderApp(sampleSource(), { columns: 120, rows: 30 });
    await app.waitFor('Posture');
    await app.press('2');
    const f = await app.waitFor('core-switch');
    expect(f).toContain('Model'); // shown from 100 columns up
    expect(f).toContain('iR-ADV C3720');
  });
});
