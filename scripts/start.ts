// `npm start`: a newcomer's first run. A box on .mamori/box (loopback only), a local agent enrolled
// against it, and a live view in the foreground. Ctrl-C stops all of it. No discovery, no LAN traffic.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAMORI = join(root, 'dist/cli/mamori.js');
const AGENT = join(root, 'dist/agents/cli/main.js');
const home = join(root, '.mamori');
const boxDir = join(home, 'box');
const agentDir = join(home, 'agent');
mkdirSync(home, { recursive: true });

const children: ChildProcess[] = [];
let shuttingDown = false;

function background(script: string, args: string[], logName: string): ChildProcess {
  const log = openSync(join(home, logName), 'a');
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', log] });
  children.push(child);
  return child;
}

function cli(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${[script, ...args].join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

let stopping: Promise<never> | null = null;

/** Stops the agent, then the box, waiting for each; every caller shares the one shutdown. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    shuttingDown = true;
    for (const c of [...children].reverse()) {
      if (c.exitCode !== null || c.signalCode !== null) continue;
      c.kill('SIGTERM');
      await new Promise((r) => c.once('exit', r));
    }
    process.exit(code);
  })();
  return stopping;
}

async function main(): Promise<void> {
  const box = background(MAMORI, ['serve', '--data', boxDir, '--listen', '127.0.0.1:0'], 'box.log');
  const banner = await new Promise<string>((ok, fail) => {
    let out = '';
    box.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (/control socket: .*\n/.test(out)) ok(out);
    });
    box.once('exit', (code) => fail(new Error(`the box exited (${code}); see ${join(home, 'box.log')}`)));
  });
  const url = /listening on (wss:\/\/\S+)/.exec(banner)![1]!;
  const fingerprint = /(SHA256:\S+)/.exec(banner)![1]!;

  if (!existsSync(join(agentDir, 'agent.json'))) {
    const { token } = JSON.parse(cli(MAMORI, ['token', 'create', '--data', boxDir, '--json'])) as { token: string };
    cli(AGENT, ['enroll', '--server', url, '--token', token, '--fingerprint', fingerprint, '--state', agentDir]);
  }
  // The box picks a new loopback port each run; the agent's enrolled address is only a default.
  background(AGENT, ['run', '--state', agentDir, '--server', url, '--collect-every', '60'], 'agent.log');

  process.stdout.write(
    `\nMamori is running / 守りが起動しました\n` +
      `  box:         ${url}  (data: ${boxDir})\n` +
      `  fingerprint: ${fingerprint}\n` +
      `  logs:        ${join(home, 'box.log')}, ${join(home, 'agent.log')}\n` +
      `  admin:       npx mamori assets --data ${boxDir}\n` +
      `  Ctrl-C stops everything / Ctrl-C で停止\n\n`,
  );
  // The TUI needs a terminal; piped (CI, a log) we show the live event stream instead.
  const foreground =
    process.stdout.isTTY && process.stdin.isTTY
      ? spawn(process.execPath, [MAMORI, 'tui', '--data', boxDir], { stdio: 'inherit' })
      : spawn(process.execPath, [MAMORI, 'events', '--data', boxDir, '--follow', '--limit', '20'], { stdio: 'inherit' });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  foreground.once('exit', (code) => void shutdown(code ?? 0));
  for (const c of children) c.once('exit', (code) => !shuttingDown && void (process.stderr.write(`a background process exited (${code}); see .mamori/*.log\n`), shutdown(1)));
}

main().catch(async (e: unknown) => {
  process.stderr.write(`npm start: ${e instanceof Error ? e.message : String(e)}\n`);
  await shutdown(1);
});
