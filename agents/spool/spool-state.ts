// The spool's small durable state: what the box acknowledged, the highest seq ever handed out,
// and how many events overflow threw away. Written atomically (temp + fsync + rename + fsync of
// the folder) so a crash leaves either the old or the new file, never a torn one.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SpoolError } from './spool-error.js';

export interface SpoolState {
  /** The box durably holds every event with seq <= ackedSeq. */
  ackedSeq: number;
  /** Highest seq ever assigned (at the time of the write); seqs restart above it. */
  highSeq: number;
  /** Unacknowledged events dropped by overflow, ever. */
  dropped: number;
}

export const STATE_FILE = 'state.json';
const TEMP_FILE = 'state.json.tmp';
const EMPTY: SpoolState = { ackedSeq: 0, highSeq: 0, dropped: 0 };

/** Reads the state; a missing file is a new spool. A malformed one is corruption, not a reset:
 *  silently starting at seq 1 again would make the box drop new events as duplicates. */
export async function readSpoolState(dir: string): Promise<SpoolState> {
  const path = join(dir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ...EMPTY };
    throw new SpoolError('SPOOL_IO', `cannot read ${path}`, { path }, { cause: e });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SpoolError('SPOOL_CORRUPT', `${path} is not JSON`, { path }, { cause: e });
  }
  const s = parsed as Partial<Record<keyof SpoolState, unknown>> | null;
  if (!s || !isCount(s.ackedSeq) || !isCount(s.highSeq) || !isCount(s.dropped)) {
    throw new SpoolError('SPOOL_CORRUPT', `${path} does not hold ackedSeq, highSeq and dropped counts`, { path });
  }
  return { ackedSeq: s.ackedSeq, highSeq: s.highSeq, dropped: s.dropped };
}

export async function writeSpoolState(dir: string, state: SpoolState): Promise<void> {
  const temp = join(dir, TEMP_FILE);
  const fh = await open(temp, 'w', 0o600);
  try {
    await fh.writeFile(JSON.stringify({ v: 1, ...state }) + '\n');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(temp, join(dir, STATE_FILE));
  await syncDir(dir);
}

/** Removes a temp file left by a crash between write and rename. */
export async function removeStaleStateTemp(dir: string): Promise<void> {
  await unlink(join(dir, TEMP_FILE)).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}

/** Makes a create, rename or unlink in `dir` durable. Some platforms (Windows) cannot open a
 *  folder for fsync; there the rename is as durable as the OS makes it. */
export async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
  } catch (e) {
    if (process.platform === 'win32') return;
    throw e;
  }
  try {
    await fh.sync();
  } catch (e) {
    if (process.platform !== 'win32') throw e;
  } finally {
    await fh.close();
  }
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
