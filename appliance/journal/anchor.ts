// Retention removes the oldest segments. The chain then starts at an anchor: the hash and per-source
// aseq high-water marks just before the first kept record. The anchor file is not trusted alone: the
// prune itself is a `journal.pruned` record in the chain, and verify checks the two agree.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../common/atomic-write.js';

export const ANCHOR_FILE = 'anchor.json';
export const PRUNED_KIND = 'journal.pruned';

export interface Anchor {
  /** The first seq still on disk. */
  firstSeq: number;
  /** h of record firstSeq - 1 (removed). */
  prevHash: string;
  /** Highest aseq per source over everything removed, so duplicates stay detectable. */
  allSources: Record<string, number>;
  prunedAt: string;
}

export async function readAnchor(dir: string): Promise<Anchor | null> {
  let text: string;
  try {
    text = await readFile(join(dir, ANCHOR_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const v = JSON.parse(text) as Anchor;
  return typeof v.firstSeq === 'number' && typeof v.prevHash === 'string' && typeof v.allSources === 'object' ? v : null;
}

export function writeAnchor(dir: string, anchor: Anchor): Promise<void> {
  return writeFileAtomic(join(dir, ANCHOR_FILE), JSON.stringify(anchor) + '\n', { mode: 0o640 });
}
