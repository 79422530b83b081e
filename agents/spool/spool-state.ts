// The spool's small durable state: what the box acknowledged, the highest seq ever handed out, and
// how many events overflow threw away. Written atomically, so a crash leaves the old or the new file.
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { readJsonOrNull, removeStaleTemps, writeFileAtomic } from '../../common/atomic-write.js';
import { isCodedError } from '../../common/coded-error.js';
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
// The temp name versions before 0.2 used; a crash may have left one.
const LEGACY_TEMP_FILE = 'state.json.tmp';
const EMPTY: SpoolState = { ackedSeq: 0, highSeq: 0, dropped: 0 };

/** Reads the state; a missing file is a new spool. A malformed one is corruption, not a reset:
 *  silently starting at seq 1 again would make the box drop new events as duplicates. */
export async function readSpoolState(dir: string): Promise<SpoolState> {
  const path = join(dir, STATE_FILE);
  let parsed: unknown;
  try {
    parsed = await readJsonOrNull(path);
  } catch (e) {
    if (isCodedError(e, 'DOCUMENT_INVALID')) throw new SpoolError('SPOOL_CORRUPT', `${path} is not JSON`, { path }, { cause: e });
    throw new SpoolError('SPOOL_IO', `cannot read ${path}`, { path }, { cause: e });
  }
  if (parsed === null) return { ...EMPTY };
  const s = parsed as Partial<Record<keyof SpoolState, unknown>>;
  if (!s || typeof s !== 'object' || !isCount(s.ackedSeq) || !isCount(s.highSeq) || !isCount(s.dropped)) {
    throw new SpoolError('SPOOL_CORRUPT', `${path} does not hold ackedSeq, highSeq and dropped counts`, { path });
  }
  return { ackedSeq: s.ackedSeq, highSeq: s.highSeq, dropped: s.dropped };
}

export async function writeSpoolState(dir: string, state: SpoolState): Promise<void> {
  await writeFileAtomic(join(dir, STATE_FILE), JSON.stringify({ v: 1, ...state }) + '\n');
}

/** Removes temp files left by a crash between write and rename. */
export async function removeStaleStateTemp(dir: string): Promise<void> {
  await removeStaleTemps(join(dir, STATE_FILE));
  await unlink(join(dir, LEGACY_TEMP_FILE)).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
