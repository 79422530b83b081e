import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isMamoriError, type MamoriError } from '../errors/mamori-error.js';
import { acquireDataLock, isDaemonProcess, LOCK_FILE } from './data-lock.js';

const here = dirname(fileURLToPath(import.meta.url));
let dataDir: string;
let childRoot: string;
const children: ChildProcess[] = [];

// The children run the real lock.ts: transpiled to plain ESM, with the modules it imports.
beforeAll(async () => {
  childRoot = await mkdtemp(join(tmpdir(), 'mamori-lockchild-'));
  for (const rel of ['appliance/store/data-lock.ts', 'appliance/errors/mamori-error.ts', 'common/coded-error.ts']) {
    const src = await readFile(join(here, '..', '..', rel), 'utf8');
    const out = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    await mkdir(join(childRoot, dirname(rel)), { recursive: true });
    await writeFile(join(childRoot, rel.replace(/\.ts$/, '.js')), out.outputText);
  }
  await writeFile(join(childRoot, 'package.json'), '{"type":"module"}');
  // Prints one JSON line with the outcome; a winner holds the lock until its stdin closes.
  await writeFile(
    join(childRoot, 'hold.js'),
    `import { acquireDataLock } from './appliance/store/data-lock.js';
try {
  const lock = await acquireDataLock(process.argv[2]);
  console.log(JSON.stringify({ ok: true, staleFrom: lock.staleFrom ?? null }));
  process.stdin.resume();
  process.stdin.on('end', async () => { await lock.release(); process.exit(0); });
} catch (e) {
  console.log(JSON.stringify({ ok: false, code: e.code, message: e.message }));
  process.exit(0);
}`,
  );
});
afterAll(async () => {
  await rm(childRoot, { recursive: true, force: true });
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mamori-lock-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

interface Outcome { ok: boolean; staleFrom?: number | null; code?: string; message?: string }

function startHolder(): { child: ChildProcess; outcome: Promise<Outcome> } {
  const child = spawn(process.execPath, [join(childRoot, 'hold.js'), dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const outcome = new Promise<Outcome>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (l) => resolve(JSON.parse(l) as Outcome));
    child.once('exit', (code) => reject(new Error(`holder exited (${code}) before answering`)));
  });
  return { child, outcome };
}

const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));

async function lockedError(): Promise<MamoriError> {
  const err: unknown = await acquireDataLock(dataDir).catch((e: unknown) => e);
  if (!isMamoriError(err, 'DATA_LOCKED')) throw new Error(`expected DATA_LOCKED, got ${String(err)}`);
  return err;
}

describe('acquireDataLock', () => {
  it('writes our pid, refuses a second owner, and frees the folder on release', async () => {
    const lock = await acquireDataLock(dataDir);
    expect(lock.staleFrom).toBeUndefined();
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    const err = await lockedError();
    expect(err.message).toBe(`another mamori daemon (pid ${process.pid}) already owns ${dataDir}`);
    expect(err.context).toEqual({ pid: process.pid, dataDir });
    await lock.release();
    await lock.release();
    expect(await readdir(dataDir)).toEqual([]);
    const again = await acquireDataLock(dataDir);
    again.releaseSync();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses while a live daemon process holds it, and takes over after kill -9', async () => {
    const { child, outcome } = startHolder();
    expect(await outcome).toEqual({ ok: true, staleFrom: null });
    const err = await lockedError();
    expect(err.context['pid']).toBe(child.pid);

    child.kill('SIGKILL');
    await exited(child);
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${child.pid}\n`); // left behind
    const lock = await acquireDataLock(dataDir);
    expect(lock.staleFrom).toBe(child.pid);
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it('a child is refused while we hold it', async () => {
    const lock = await acquireDataLock(dataDir);
    const { outcome } = startHolder();
    expect(await outcome).toMatchObject({ ok: false, code: 'DATA_LOCKED', message: expect.stringContaining(`pid ${process.pid}`) });
    await lock.release();
  });

  it('treats a pid reused by a non-node process as stale', async () => {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(sleeper);
    await new Promise((r) => sleeper.once('spawn', r));
    expect(await isDaemonProcess(sleeper.pid!)).toBe(false);
    await writeFile(join(dataDir, LOCK_FILE), `${sleeper.pid}\n`);
    const lock = await acquireDataLock(dataDir);
    expect(lock.staleFrom).toBe(sleeper.pid);
    await lock.release();
  });

  it('takes over a lock with no readable pid', async () => {
    await writeFile(join(dataDir, LOCK_FILE), 'garbage');
    const lock = await acquireDataLock(dataDir);
    expect(lock.staleFrom).toBe(0);
    await lock.release();
  });

  it('release() leaves alone a lock that is no longer ours', async () => {
    const lock = await acquireDataLock(dataDir);
    await writeFile(join(dataDir, LOCK_FILE), '1\n');
    await lock.release();
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe('1\n');
  });

  it('race: of four processes starting on a stale lock, exactly one wins', async () => {
    await writeFile(join(dataDir, LOCK_FILE), '999999999\n'); // above any pid_max: dead
    const holders = Array.from({ length: 4 }, () => startHolder());
    const outcomes = await Promise.all(holders.map((h) => h.outcome));
    expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, staleFrom: 999999999 }]);
    expect(outcomes.filter((o) => !o.ok).every((o) => o.code === 'DATA_LOCKED')).toBe(true);
    const winner = holders[outcomes.findIndex((o) => o.ok)]!.child;
    expect(await readFile(join(dataDir, LOCK_FILE), 'utf8')).toBe(`${winner.pid}\n`);
    winner.stdin!.end(); // graceful stop releases the lock
    await exited(winner);
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('takeover guard', () => {
  it('removes a guard left by a process that died mid-takeover', async () => {
    await writeFile(join(dataDir, LOCK_FILE), '999999999\n');
    await writeFile(join(dataDir, `${LOCK_FILE}.takeover`), '999999998\n');
    const lock = await acquireDataLock(dataDir);
    expect(lock.staleFrom).toBe(999999999);
    await lock.release();
    expect(await readdir(dataDir)).toEqual([]);
  });
});
