// What open() does before the first append: find the active (last) segment, cut a torn tail, rebuild
// its index by scanning it, and take the running state (seq, hash, per-source aseq) from the last sealed
// index. Cost is bounded by the active segment, never by the whole journal.
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../common/log.js';
import { readAnchor, type Anchor } from './anchor.js';
import { GENESIS_HASH } from './record.js';
import { listSegments, readIndex, writeIndex, type SegmentRef } from './segment-files.js';
import { emptyStats, scanSegment, statsToIndex, type SegmentStats } from './segment-scan.js';
import type { SegmentIndex } from './types.js';
import { fsyncDir } from '../../common/atomic-write.js';

export interface RecoveredState {
  segments: SegmentRef[];
  active: { ref: SegmentRef; stats: SegmentStats; bytes: number } | null;
  lastSeq: number;
  lastHash: string;
  allSources: Map<string, number>;
}

export async function recover(dir: string, log: Logger): Promise<RecoveredState> {
  const segments = await listSegments(dir);
  const last = segments.at(-1);
  // After retention pruned old segments, the chain starts at the anchor instead of the genesis hash.
  const anchor = await readAnchor(dir);
  const base = anchor && anchor.firstSeq === (segments[0]?.firstSeq ?? anchor.firstSeq) ? anchor : null;
  const start = { lastSeq: base ? base.firstSeq - 1 : 0, lastHash: base?.prevHash ?? GENESIS_HASH, allSources: base?.allSources ?? {} };
  if (!last) return { segments, active: null, lastSeq: start.lastSeq, lastHash: start.lastHash, allSources: new Map(Object.entries(start.allSources)) };
  const prev = segments.length > 1 ? await sealedIndex(dir, segments, segments.length - 2, log, base) : null;
  if (prev && prev.lastSeq + 1 !== last.firstSeq) {
    log.error('journal segment does not follow its predecessor', { segment: last.name, expected: prev.lastSeq + 1 });
  }
  const path = join(dir, last.name);
  const scan = await scanSegment(path, prev?.lastHash ?? start.lastHash, last.firstSeq);
  let stats = scan.stats;
  let bytes = scan.size;
  if (scan.firstBad && scan.recordsAfterBad === 0) {
    await truncateFile(path, scan.goodEnd);
    log.warn('journal tail repaired', {
      segment: last.name,
      bytesCut: scan.size - scan.goodEnd,
      linesCut: scan.badRegionLines,
      line: scan.firstBad.line,
      reason: scan.firstBad.reason,
    });
    stats = scan.goodStats;
    bytes = scan.goodEnd;
  } else if (scan.firstBad) {
    // A bad line with good records after it was not a torn write: keep everything for `verify` to name.
    log.error('journal corrupt: damaged record before the end of the active segment', {
      segment: last.name,
      line: scan.firstBad.line,
      reason: scan.firstBad.reason,
    });
  }
  const allSources = new Map(Object.entries(prev?.allSources ?? start.allSources));
  if (bytes === 0) {
    // Nothing left in it (crash right after creating it, or all of it torn): the next append starts afresh.
    await unlink(path);
    await fsyncDir(dir);
    segments.pop();
    return { segments, active: null, lastSeq: prev?.lastSeq ?? start.lastSeq, lastHash: prev?.lastHash ?? start.lastHash, allSources };
  }
  for (const [src, a] of stats.sources) if (a > (allSources.get(src) ?? -1)) allSources.set(src, a);
  return { segments, active: { ref: last, stats, bytes }, lastSeq: stats.lastSeq, lastHash: stats.lastHash, allSources };
}

/** The index of sealed segment i; missing ones (and their successors up to i) are rebuilt by scanning. */
async function sealedIndex(dir: string, segments: SegmentRef[], i: number, log: Logger, base: Anchor | null): Promise<SegmentIndex> {
  let j = i;
  let idx: SegmentIndex | null = null;
  while (j >= 0 && !(idx = await readIndex(dir, segments[j]!.name))) j--;
  for (let k = j + 1; k <= i; k++) {
    const seg = segments[k]!;
    const prevHash = idx?.lastHash ?? base?.prevHash ?? GENESIS_HASH;
    const scan = await scanSegment(join(dir, seg.name), prevHash, seg.firstSeq);
    const stats = scan.stats.count > 0 ? scan.stats : emptyStats(seg.firstSeq, prevHash);
    const all = new Map(Object.entries(idx?.allSources ?? base?.allSources ?? {}));
    for (const [src, a] of stats.sources) if (a > (all.get(src) ?? -1)) all.set(src, a);
    idx = statsToIndex(stats, scan.size, all);
    await writeIndex(dir, seg.name, idx);
    log.warn('journal index rebuilt', { segment: seg.name, records: stats.count });
  }
  return idx!;
}

async function truncateFile(path: string, length: number): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(length);
    await fh.datasync();
  } finally {
    await fh.close();
  }
}
