// Durable whole-file writes for an SD card that can lose power at any moment: write a temp file in the
// same folder, fsync it, rename it over the target, then fsync the folder so the rename itself is on
// disk. A reader sees the old file or the new one, never a torn one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** File mode of the result; default 0600, since box data is private to the daemon. */
  mode?: number;
}

const DEFAULT_MODE = 0o600;
let tempCounter = 0;

// A unique temp name per write, so two concurrent writes of one file never share a temp file.
function tempPathFor(path: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000_000;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter}.tmp`);
}

/** An Error that keeps the system error's `code` (ENOENT, EACCES, …) and names the file. */
function fileError(action: string, path: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const err = new Error(`cannot ${action} ${path}: ${reason}`, { cause }) as NodeJS.ErrnoException;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined) err.code = code;
  err.path = path;
  return err;
}

// Some file systems refuse fsync on a directory; the rename is then as durable as they allow.
function ignorableDirSyncError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EINVAL' || code === 'EISDIR' || code === 'EPERM' || code === 'ENOTSUP';
}

async function fsyncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (e) {
    if (!ignorableDirSyncError(e)) throw e;
  } finally {
    await fh?.close();
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
    await rename(temp, path);
    await fsyncDir(dirname(path));
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw fileError('write', path, e);
  }
}

export function writeFileAtomicSync(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const mode = opts.mode ?? DEFAULT_MODE;
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    try {
      const dfd = openSync(dirname(path), 'r');
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    } catch (e) {
      if (!ignorableDirSyncError(e)) throw e;
    }
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file may never have been created
    }
    throw fileError('write', path, e);
  }
}

function parseJson<T>(path: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw fileError('parse JSON in', path, e);
  }
}

/** Parsed JSON of `path`, or null when the file does not exist; any other failure names the file. */
export async function readJsonOrNull<T>(path: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError('read', path, e);
  }
  return parseJson<T>(path, text);
}

export function readJsonOrNullSync<T>(path: string): T | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError('read', path, e);
  }
  return parseJson<T>(path, text);
}
