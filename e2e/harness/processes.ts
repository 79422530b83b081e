// Real processes for end-to-end tests: the built `mamori` and `mamori-agent` from dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAMORI = join(ROOT, 'dist/cli/mamori.js');
export const AGENT = join(ROOT, 'dist/agents/cli/main.js');
export const BUILT = existsSync(MAMORI) && existsSync(AGENT);
export const NOT_BUILT_REASON = 'dist/ is missing: run `npm run build` (npm test does it first)';

const started = new Set<ChildProcess>();
const dirs: string[] = [];

export async function tempDir(prefix = 'mamori-e2e-'): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** Kill everything a test started and remove its folders; call from afterEach/afterAll. */
export async function cleanup(): Promise<void> {
  for (const p of started) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  started.clear();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
}

export class Proc {
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly watchers: Array<() => void> = [];
  constructor(readonly child: ChildProcess) {
    started.add(child);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      this.stdout += d;
      this.watchers.forEach((w) => w());
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      this.stderr += d;
      this.watchers.forEach((w) => w());
    });
    this.exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  }

  /** Resolves with the first match of `re` in stdout+stderr, or rejects after timeoutMs. */
  waitFor(re: RegExp, timeoutMs = 20_000, stream: 'stdout' | 'stderr' | 'both' = 'both'): Promise<RegExpMatchArray> {
    return new Promise((resolveMatch, reject) => {
      const check = () => {
        const text = stream === 'stdout' ? this.stdout : stream === 'stderr' ? this.stderr : this.stdout + '\n' + this.stderr;
        const m = text.match(re);
        if (m) {
          clearTimeout(timer);
          resolveMatch(m);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr.slice(-4000)}`)), timeoutMs);
      if (!check()) this.watchers.push(() => void check());
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export function node(script: string, args: string[], env: Record<string, string> = {}): Proc {
  return new Proc(spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
}

export async function run(script: string, args: string[], env: Record<string, string> = {}) {
  const p = node(script, args, env);
  const { code } = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

export const mamori = (args: string[], env?: Record<string, string>) => run(MAMORI, args, env);
export const agentCli = (args: string[], env?: Record<string, string>) => run(AGENT, args, env);

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}
