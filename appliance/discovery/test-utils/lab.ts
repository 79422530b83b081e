// Drives the namespace lab (lab/*.sh) from tests. As root the lab's namespaces are named ones on this
// host; otherwise everything lives in an `unshare --user` sandbox that the kernel removes when it ends.
// Either way lab/hold.sh keeps it up while its stdin is open, so a dying test still tears it down.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Proc } from '../../../e2e/harness/processes.js';

export const LAB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lab');
const SANDBOX = ['--user', '--map-root-user', '--net', '--mount', '--pid', '--fork', '--mount-proc', '--kill-child'];
const SBIN = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];

export type LabMode = 'root' | 'rootless';

function which(cmd: string): boolean {
  return [...(process.env.PATH ?? '').split(':'), ...SBIN].some((d) => d && existsSync(join(d, cmd)));
}

/** How this machine can run the lab, or why it cannot (one line, for the skip message). */
export function labSupport(): { mode: LabMode } | { reason: string } {
  if (process.platform !== 'linux') return { reason: `lab tests skipped: network namespaces need Linux (this is ${process.platform})` };
  const missing = ['ip', 'snmpd', 'snmpget', 'avahi-daemon'].filter((c) => !which(c));
  if (missing.length) return { reason: `lab tests skipped: ${missing.join(', ')} not installed (apt-get install --no-install-recommends iproute2 snmpd snmp avahi-daemon)` };
  const forced = process.env.MAMORI_LAB_MODE;
  if (process.getuid?.() === 0 && forced !== 'rootless') return { mode: 'root' };
  if (!which('unshare') || !which('nsenter')) return { reason: 'lab tests skipped: not root and unshare/nsenter (util-linux) are missing' };
  const probe = spawnSync('unshare', [...SANDBOX, '--', 'true'], { encoding: 'utf8', timeout: 5000 });
  if (probe.status !== 0) {
    const why = (probe.stderr || probe.error?.message || `exit ${probe.status}`).trim().split('\n')[0];
    return { reason: `lab tests skipped: not root and user namespaces are not available (unshare --user: ${why})` };
  }
  return { mode: 'rootless' };
}

export interface Lab {
  mode: LabMode;
  prefix: string;
  runDir: string;
  /** argv that runs a command in the lab's app namespace (where the box sits). */
  inApp(argv: string[]): string[];
  /** Starts a long-running process in the app namespace; stop() signals its whole process group. */
  spawnInApp(argv: string[], env?: Record<string, string>): Proc;
  /** Runs a command in the app namespace to completion. */
  runInApp(argv: string[], env?: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }>;
  device(action: 'start' | 'stop', name: string): Promise<void>;
  close(): Promise<void>;
}

/** Brings the lab up with the given devices (see lab/devices/addresses); resolves once all answer. */
export async function startLab(mode: LabMode, devices: string[] = ['router', 'printer', 'nas']): Promise<Lab> {
  const prefix = `ml${process.pid.toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;
  const runDir = await mkdtemp(join(tmpdir(), `mamori-lab-${prefix}-`));
  const env = { ...process.env, PATH: [...SBIN, process.env.PATH ?? ''].join(':'), ...(mode === 'rootless' && { LAB_ROOTLESS: '1' }) };
  const hold = join(LAB_DIR, 'hold.sh');
  const argv = mode === 'root' ? ['sh', hold, prefix, runDir, ...devices] : ['unshare', ...SANDBOX, '--', 'sh', hold, prefix, runDir, ...devices];
  const holder = new Proc(spawn(argv[0]!, argv.slice(1), { env, stdio: ['pipe', 'pipe', 'pipe'] }));
  const procs = new Set<Proc>();
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= (async () => {
      for (const p of procs) await stopGroup(p, 'SIGTERM', 2000);
      holder.child.stdin?.end(); // hold.sh runs down.sh on EOF
      const done = await Promise.race([holder.exited.then(() => true), delay(15_000).then(() => false)]);
      if (!done) {
        holder.child.kill('SIGKILL'); // rootless: --kill-child takes the whole sandbox with it
        if (mode === 'root') spawnSync('sh', [join(LAB_DIR, 'down.sh'), prefix, runDir], { env, timeout: 15_000 });
      }
      await rm(runDir, { recursive: true, force: true });
    })());

  try {
    await Promise.race([
      holder.waitFor(/^lab ready$/m, 60_000, 'stdout'),
      holder.exited.then(({ code }) => {
        throw new Error(`lab did not come up (exit ${code}):\n${holder.stderr.slice(-2000)}`);
      }),
    ]);
  } catch (e) {
    await close();
    throw e;
  }
  const enter = mode === 'root' ? [] : ['nsenter', '-t', String(sandboxInit(holder.child)), '-U', '-m', '-n', '-p', '--preserve-credentials', `--wd=${process.cwd()}`];
  const inApp = (a: string[]) => [...enter, 'ip', 'netns', 'exec', `${prefix}-app`, ...a];
  const spawnInApp = (a: string[], extra: Record<string, string> = {}) => {
    const full = inApp(a);
    const p = new Proc(spawn(full[0]!, full.slice(1), { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
    procs.add(p);
    void p.exited.then(() => procs.delete(p));
    return p;
  };
  return {
    mode, prefix, runDir, inApp, spawnInApp, close,
    runInApp: async (a, extra) => {
      const p = spawnInApp(a, extra);
      const { code } = await p.exited;
      return { code, stdout: p.stdout, stderr: p.stderr };
    },
    device: async (action, name) => {
      const a = [...enter, 'sh', join(LAB_DIR, 'device.sh'), action, prefix, runDir, name];
      const p = new Proc(spawn(a[0]!, a.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] }));
      const { code } = await p.exited;
      if (code !== 0) throw new Error(`lab device ${action} ${name} failed (exit ${code}): ${p.stderr.slice(-1000)}`);
    },
  };
}

/** The sandbox's pid 1 (hold.sh) as seen from here: the `sh` child of unshare. */
function sandboxInit(unshare: ChildProcess): number {
  const pid = unshare.pid!;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const init = children.find((c) => {
    try {
      return readFileSync(`/proc/${c}/comm`, 'utf8').trim() === 'sh';
    } catch {
      return false;
    }
  });
  if (!init) throw new Error(`cannot find the lab sandbox's init among ${children.join(',')}`);
  return init;
}

async function stopGroup(p: Proc, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  const kill = (s: NodeJS.Signals) => {
    try {
      process.kill(-p.child.pid!, s);
    } catch {
      // already gone
    }
  };
  // The group outlives its leader: nsenter dies on the signal at once while its child (the daemon)
  // is still shutting down, so wait until nobody in the group is left.
  const alive = () => {
    try {
      process.kill(-p.child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  kill(signal);
  const end = Date.now() + graceMs;
  while (alive() && Date.now() < end) await delay(50);
  if (alive()) kill('SIGKILL');
  while (alive()) await delay(50);
  await p.exited;
}

/** Stops a process started with spawnInApp (its whole process group), SIGKILL after graceMs. */
export const stopInApp = (p: Proc, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000) => stopGroup(p, signal, graceMs);

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
