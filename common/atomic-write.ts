// Durable whole-file writes, for a box on an SD card that can lose power at any moment and for an
// office PC that is switched off at the wall: write a temp file in the same folder, fsync it, rename
// it over the target, then fsync the folder so the rename itself is on disk. A reader sees the old
// file or the new one, never a torn one. The box's stores and the agent (its state, its spool, its
// private key) all write through here.
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DocumentError } from './document-error.js';

export interface AtomicWriteOptions {
  /** File mode of the result; default 0600, since what we write is private to its process. */
  mode?: number;
}

const DEFAULT_MODE = 0o600;
let tempCounter = 0;

// A unique temp name per write, so two concurrent writes of one file never share a temp file. The
// shape `.<name>.<pid>.<n>.tmp` is what removeStaleTemps() recognises after a crash.
function tempPathFor(path: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000_000;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter}.tmp`);
}

/** An Error that keeps the system error's `code` (ENOENT, EACCES, …) and names the file. */
export function fileError(action: string, path: string, cause: unknown): NodeJS.ErrnoException {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const err = new Error(`cannot ${action} ${path}: ${reason}`, { cause }) as NodeJS.ErrnoException;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined) err.code = code;
  err.path = path;
  return err;
}

/**
 * Whether a failure to fsync a folder may be ignored. Windows cannot open a folder as a file at all
 * (EISDIR/EPERM/EACCES), and some Linux file systems refuse fsync on one (EINVAL, ENOTSUP): the
 * rename is then as durable as that system makes it. Anything else (EIO) is a real failure.
 */
export function dirSyncErrorIgnorable(e: unknown, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return true;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EINVAL' || code === 'EISDIR' || code === 'EPERM' || code === 'ENOTSUP';
}

/** Makes a create, rename or unlink in `dir` durable (see dirSyncErrorIgnorable for where it cannot). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (e) {
    if (!dirSyncErrorIgnorable(e)) throw e;
  } finally {
    await fh?.close();
  }
}

// On Windows a rename over a file that a virus scanner or an indexer holds open for a moment fails
// with EPERM/EACCES/EBUSY; it succeeds a little later (graceful-fs retries the same way).
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_RETRY_MS = [10, 50, 100, 250, 500, 1000];

export async function renameWithRetry(from: string, to: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const wait = RENAME_RETRY_MS[attempt];
      if (platform !== 'win32' || !RENAME_RETRY_CODES.has(code) || wait === undefined) throw e;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const mode = opts.mode ?? DEFAULT_MODE;
  const temp = tempPathFor(path);
  try {
    const fh = await open(temp, 'wx', mode);
    try {
      await fh.chmod(mode); // the umask may have narrowed or widened what open() set
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await renameWithRetry(temp, path);
    await fsyncDir(dirname(path));
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw fileError('write', path, e);
  }
}

/** Removes temp files that a crash between write and rename left beside `path`; returns how many. */
export async function removeStaleTemps(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+\.\d+\.tmp$/.test(name.slice(prefix.length))) continue;
    await unlink(join(dirname(path), name)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    removed++;
  }
  return removed;
}

/**
 * Parsed JSON of `path`, or null when the file does not exist. Text that is not JSON is a
 * DocumentError (DOCUMENT_INVALID); any other failure keeps its system code. Both name the file.
 */
export async function readJsonOrNull<T = unknown>(path: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError('read', path, e);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new DocumentError('DOCUMENT_INVALID', `cannot parse JSON in ${path}: ${(e as Error).message}`, { path, field: '(root)' }, { cause: e });
  }
}
