// Starts the terminal UI on the real terminal against the daemon's control socket.
import { render } from 'ink';
import { MamoriError } from '../appliance/errors/mamori-error.js';
import { App } from './app.js';
import { ControlSource } from './data/control-source.js';
import type { DataSource } from './data/data-source.js';
import { detectLang } from './i18n/i18n.js';
import { resolveSocketPath } from './socket-path.js';

export { resolveSocketPath } from './socket-path.js';

export interface TuiOptions {
  control?: string;
  data?: string;
  lang?: string;
}

const ALT_SCREEN_ON = '\u001B[?1049h\u001B[H';
const ALT_SCREEN_OFF = '\u001B[?1049l';

/** `early`: a connection started before this module loaded (see register-tui); used for the first connect. */
export async function runTui(opts: TuiOptions, early?: Promise<DataSource>): Promise<void> {
  try {
    validate(opts);
  } catch (e) {
    early?.then((s) => s.close(), () => {});
    throw e;
  }
  const socketPath = resolveSocketPath(opts, process.env);
  const lang = detectLang(opts.lang, process.env);
  let first = early;
  const connect = (): Promise<DataSource> => {
    const p = first ?? ControlSource.connect(socketPath);
    first = undefined;
    return p;
  };
  // The alternate screen gives a clean page and gives the shell's scrollback back on exit.
  process.stdout.write(ALT_SCREEN_ON);
  try {
    const instance = render(<App connect={connect} lang={lang} socketPath={socketPath} />, {
      exitOnCtrlC: true,
    });
    await instance.waitUntilExit();
  } finally {
    process.stdout.write(ALT_SCREEN_OFF);
  }
}

function validate(opts: TuiOptions): void {
  if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en') {
    throw new MamoriError('BAD_INPUT', `--lang must be ja or en, not ${opts.lang}`);
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new MamoriError('BAD_INPUT', 'mamori tui needs an interactive terminal (for scripts use the admin commands with --json)');
  }
}
