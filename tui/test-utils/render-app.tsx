// Renders the whole app on an in-memory source at a fixed terminal size, with helpers to type and wait.
import { render } from 'ink-testing-library';
import { App } from '../app/app.js';
import type { DataSource } from '../data/data-source.js';
import type { Lang } from '../i18n/i18n.js';

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  backspace: '\u007F',
} as const;

export function renderApp(source: DataSource | (() => Promise<DataSource>), opts: { lang?: Lang; columns?: number; rows?: number } = {}) {
  const connect = typeof source === 'function' ? source : async () => source;
  const r = render(
    <App connect={connect} lang={opts.lang ?? 'en'} socketPath="/run/test.sock" size={{ columns: opts.columns ?? 80, rows: opts.rows ?? 24 }} connection={{ retryMs: 20, maxRetryMs: 50, restoredNoticeMs: 200 }} />,
  );
  const frame = () => r.lastFrame() ?? '';
  // Generous but bounded: on a loaded 2-core machine a frame can take seconds; a pass returns at once.
  const waitFor = async (predicate: string | RegExp | ((f: string) => boolean), timeoutMs = 20_000): Promise<string> => {
    const test = typeof predicate === 'string' ? (f: string) => f.includes(predicate) : predicate instanceof RegExp ? (f: string) => predicate.test(f) : predicate;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (test(frame())) return frame();
      await new Promise((res) => setTimeout(res, 10));
    }
    throw new Error(`timed out waiting for ${String(predicate)}; last frame:\n${frame()}`);
  };
  /** Writes keys one at a time, letting Ink process each (as a person types). */
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await new Promise((res) => setTimeout(res, 15));
    }
  };
  return { ...r, frame, waitFor, press };
}
