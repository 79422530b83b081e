// Starts the terminal UI on the real terminal against the daemon's control socket.
import { join } from 'node:path';
import { render } from 'ink';
import { MamoriError } from '../appliance/control/contract/index.js';
import { App } from './app/app.js';
import { ControlSource } from './data/control-source.js';
import { detectLang } from './i18n/i18n.js';

export interface TuiOptions {
  control?: string;
  data?: string;
  lang?: string;
}

export function resolveSocketPath(opts: TuiOptions, env: NodeJS.ProcessEnv): string {
  return opts.control ?? join(opts.data ?? env.MAMORI_DATA ?? '/var/lib/mamori', 'control.sock');
}

const ALT_SCREEN_ON = '\u001B[?1049h\u001B[H';
const ALT_SCREEN_OFF = '\u001B[?1049l';

export async function runTui(opts: TuiOptions): Promise<void> {
  if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en') {
    throw new MamoriError('BAD_INPUT', `--lang must be ja or en, not ${opts.lang}`);
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new MamoriError('BAD_INPUT', 'mamori tui needs an interactive terminal (for scripts use the admin commands with --json)');
  }
  const socketPath = resolveSocketPath(opts, process.env);
  const lang = detectLang(opts.lang, process.env);
  // The alternate screen gives a clean page and gives the shell's scrollback back on exit.
  process.stdout.write(ALT_SCREEN_ON);
  try {
    const instance = render(<App connect={() => ControlSource.connect(socketPath)} lang={lang} socketPath={socketPath} />, {
      exitOnCtrlC: true,
    });
    await instance.waitUntilExit();
  } finally {
    process.stdout.write(ALT_SCREEN_OFF);
  }
}
