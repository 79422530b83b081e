// One daemon per data folder: `<dataDir>/mamori.lock` holds the owner's pid. The file appears with
// its content already in it (written to a temp file, then hard-linked into place, which fails if the
// lock exists), so a reader never sees an empty lock. A lock whose pid is dead, or now belongs to a
// process that is not node/mamori (pid reuse after a reboot or kill -9), is stale and taken over.
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MamoriError } from '../errors/mamori-error.js';

export const LOCK_FILE = 'mamori.lock';
const TAKEOVER_GUARD_MAX_AGE_MS = 10_000;
const MAX_ATTEMPTS = 5;

export interface DataLock {
  readonly path: string;
  /** The pid of a dead owner whose lock was taken over (0 if that lock held no readable pid). */
  readonly staleFrom?: number;
  /** Remove the lock if it is still ours. Idempotent. */
  release(): Promise<void>;
  /** The same, for a process 'exit' handler. */
  releaseSync(): void;
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;
let tempSeq = 0;

/** A temp file beside the lock holding our pid, so the lock appears with its content in it. */
async function writeTemp(lockPath: string): Promise<string> {
  const temp = `${lockPath}.${process.pid}.${++tempSeq}.tmp`;
  const fh = await open(temp, 'wx', 0o644);
  try {
    await fh.writeFile(`${process.pid}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return temp;
}

/** Create the lock holding our pid; false if it already exists. */
async function tryCreate(lockPath: string): Promise<boolean> {
  const temp = await writeTemp(lockPath);
  try {
    await link(temp, lockPath); // atomic, and fails with EEXIST like O_EXCL
    return true;
  } catch (e) {
    if (errno(e) === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function readLock(lockPath: string): Promise<string | null> {
  try {
    return await readFile(lockPath, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}

function pidOf(content: string): number | null {
  const m = /^(\d+)\s*$/.exec(content);
  const pid = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** Whether `pid` is alive and looks like a mamori daemon (node or mamori on its command line). */
export async function isDaemonProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0); // signal 0 only checks existence
  } catch (e) {
    if (errno(e) !== 'EPERM') return false; // ESRCH: no such process
  }
  let cmdline: string;
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ESRCH') return false; // it just exited
    return true; // no /proc here: an alive pid is assumed to be the owner
  }
  // Empty for a zombie (killed, not yet reaped): it holds nothing any more.
  const args = cmdline.split('\0').filter(Boolean).slice(0, 2);
  return args.some((a) => /node|mamori/i.test(basename(a)));
}

/** Replace a stale lock holding exactly `expected` with ours, one process at a time. */
async function takeOver(lockPath: string, expected: string): Promise<boolean> {
  const guard = `${lockPath}.takeover`;
  let fh;
  try {
    fh = await open(guard, 'wx');
    await fh.writeFile(`${process.pid}\n`);
  } catch (e) {
    if (errno(e) !== 'EEXIST') throw e;
    // Someone else is taking over. A guard left by a process that died mid-takeover is removed.
    const [st, content] = await Promise.all([stat(guard).catch(() => null), readLock(guard).catch(() => null)]);
    const owner = content === null ? null : pidOf(content);
    const dead = owner !== null && !(await isDaemonProcess(owner));
    if (st && (dead || Date.now() - st.mtimeMs > TAKEOVER_GUARD_MAX_AGE_MS)) await unlink(guard).catch(() => {});
    await new Promise((r) => setTimeout(r, 20));
    return false;
  }
  try {
    if ((await readLock(lockPath)) !== expected) return false; // changed under us: look again
    // Replace in one step: the lock never disappears, so no fresh starter can slip in between.
    const temp = await writeTemp(lockPath);
    try {
      await rename(temp, lockPath);
    } catch (e) {
      await unlink(temp).catch(() => {});
      throw e;
    }
    return true;
  } finally {
    await fh.close();
    await unlink(guard).catch(() => {});
  }
}

function makeLock(lockPath: string, staleFrom: number | undefined): DataLock {
  let released = false;
  const ours = (content: string | null) => content !== null && pidOf(content) === process.pid;
  return {
    path: lockPath,
    ...(staleFrom !== undefined ? { staleFrom } : {}),
    async release() {
      if (released) return;
      released = true;
      if (ours(await readLock(lockPath))) await unlink(lockPath).catch(() => {});
    },
    releaseSync() {
      if (released) return;
      released = true;
      try {
        if (ours(readFileSync(lockPath, 'utf8'))) unlinkSync(lockPath);
      } catch {
        // already gone
      }
    },
  };
}

export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lockPath = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await tryCreate(lockPath)) return makeLock(lockPath, undefined);
    const content = await readLock(lockPath);
    if (content === null) continue; // released between our two looks
    const pid = pidOf(content);
    if (pid !== null && (await isDaemonProcess(pid))) {
      throw new MamoriError('DATA_LOCKED', `another mamori daemon (pid ${pid}) already owns ${dataDir}`, { pid, dataDir });
    }
    if (await takeOver(lockPath, content)) return makeLock(lockPath, pid ?? 0);
  }
  throw new MamoriError('DATA_LOCKED', `could not take the lock of ${dataDir}: other processes keep changing ${lockPath}`, { dataDir });
}
