// Opening a spool after any kind of stop: scan every segment in seq order, cut torn tails, and
// remove files that hold nothing or only acknowledged events (a delete the last run did not finish).
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSegmentName, scanSegment, segmentName, type SegmentInfo } from './segment.js';
import { SpoolError } from './spool-error.js';

export async function recoverSegments(
  dir: string,
  ackedSeq: number,
  warn: (message: string, fields: Record<string, unknown>) => void,
): Promise<SegmentInfo[]> {
  const names = (await readdir(dir))
    .map((name) => ({ name, first: parseSegmentName(name) }))
    .filter((s): s is { name: string; first: number } => s.first !== null)
    .sort((a, b) => a.first - b.first);
  const segments: SegmentInfo[] = [];
  for (const { name, first } of names) {
    const { info, cut } = await scanSegment(join(dir, name), first);
    if (cut) warn('spool: cut a torn or invalid tail off a segment', { path: info.path, ...cut });
    const prev = segments.at(-1);
    // Each file is fsynced before the next is created, so overlap means outside interference.
    if (prev && info.firstSeq <= prev.lastSeq) {
      throw new SpoolError('SPOOL_CORRUPT', `segment ${name} overlaps the seqs of ${segmentName(prev.firstSeq)}`, {
        dir,
        segment: name,
      });
    }
    if (info.lastSeq < info.firstSeq || info.lastSeq <= ackedSeq) await unlink(info.path);
    else segments.push(info);
  }
  return segments;
}
