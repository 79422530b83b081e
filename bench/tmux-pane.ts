// A real pseudo-terminal for the TUI: one private tmux server (its own -L socket) with one pane.
// Used by the TUI end-to-end test and the TUI benchmark; they type with send-keys and read the
// screen with capture-pane, exactly what a person at an SSH terminal would see.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function tmuxAvailable(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Single-quotes a word for the shell tmux runs the pane command in. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface PaneOptions {
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
}

export class TmuxPane {
  private killed = false;
  private constructor(
    readonly socket: string,
    readonly startedAt: number,
  ) {}

  /** Starts a detached session running `argv` in a columns x rows terminal. */
  static async start(argv: string[], opts: PaneOptions = {}): Promise<TmuxPane> {
    const socket = `mamori-${process.pid}-${randomBytes(4).toString('hex')}`;
    const env = Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`);
    // `exec` so the pane's process is node itself (its pid is the pane pid, for /proc readings).
    const command = [...env, 'exec', ...argv.map(shellQuote)].join(' ');
    const args = ['-u', '-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(opts.columns ?? 100), '-y', String(opts.rows ?? 30)];
    const startedAt = performance.now();
    // remain-on-exit keeps the last screen (and a crash's message) readable after the process ends.
    await run('tmux', [...args, command, ';', 'set-option', '-w', '-t', '0', 'remain-on-exit', 'on']);
    return new TmuxPane(socket, startedAt);
  }

  private tmux(...args: string[]): Promise<{ stdout: string }> {
    return run('tmux', ['-u', '-L', this.socket, ...args]);
  }

  /** The visible screen, one line per row, trailing blanks kept as tmux prints them. */
  async capture(): Promise<string> {
    return (await this.tmux('capture-pane', '-p')).stdout;
  }

  /** Named keys (Enter, Escape, Down, …) as tmux understands them. */
  async keys(...names: string[]): Promise<void> {
    await this.tmux('send-keys', ...names);
  }

  /** Literal text, typed as it is (no key-name lookup). */
  async type(text: string): Promise<void> {
    await this.tmux('send-keys', '-l', '--', text);
  }

  async panePid(): Promise<number> {
    return Number((await this.tmux('list-panes', '-F', '#{pane_pid}')).stdout.trim());
  }

  async paneDead(): Promise<boolean> {
    return (await this.tmux('list-panes', '-F', '#{pane_dead}')).stdout.trim() === '1';
  }

  /**
   * Polls the screen until `match` holds; resolves with the screen and when it was first seen.
   * The poll period bounds the timing resolution (plus one capture-pane call, ~2-5 ms).
   */
  async waitFor(match: RegExp | string | ((screen: string) => boolean), timeoutMs = 15_000, everyMs = 50): Promise<{ screen: string; at: number }> {
    const test = typeof match === 'function' ? match : typeof match === 'string' ? (s: string) => s.includes(match) : (s: string) => match.test(s);
    const until = performance.now() + timeoutMs;
    let screen = '';
    for (;;) {
      screen = await this.capture();
      const at = performance.now();
      if (test(screen)) return { screen, at };
      if (at > until) throw new Error(`screen never showed ${String(match)} within ${timeoutMs} ms; it shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }

  /** Kills the whole tmux server (and with it the pane's process); safe to call twice. */
  async kill(): Promise<void> {
    if (this.killed) return;
    this.killed = true;
    await this.tmux('kill-server').catch(() => {
      // Already gone: the server exits by itself when its last session ends.
    });
    // tmux leaves its socket file behind; tests start many servers, so remove it.
    const uid = process.getuid?.() ?? 0;
    await rm(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${uid}`, this.socket), { force: true });
  }
}
