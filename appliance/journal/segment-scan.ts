// One pass over a segment: checks every line's chain and collects its index. Used at open for the
// active segment (to rebuild its index and find a torn tail) and to rebuild a lost sealed index.
import { readLinesForward } from './line-reader.js';
import { checkLineHash } from './record.js';
import type { SegmentIndex } from './types.js';

export interface SegmentStats {
  count: number;
  firstSeq: number;
  lastSeq: number;
  tsMin: string;
  tsMax: string;
  lastHash: string;
  sources: Map<string, number>;
}

export interface ScanResult {
  /** Everything that parses, including records after a bad line (what remains if nothing is cut). */
  stats: SegmentStats;
  /** Only the records before the first bad line (what remains after a tail repair). */
  goodStats: SegmentStats;
  /** Byte offset just after the last line that chained correctly before any bad line. */
  goodEnd: number;
  size: number;
  firstBad: { offset: number; line: number; reason: string } | null;
  /** Lines from firstBad to the end. */
  badRegionLines: number;
  /** Lines after firstBad that still parse as records: >0 means corruption, not a torn tail. */
  recordsAfterBad: number;
}

/**
 * `prevHash` null skips the chain check of the first line (rebuilding an index without its predecessor).
 * After a bad line, later lines that parse are still counted and the chain resumes from them, so one
 * damaged record does not hide the rest.
 */
export async function scanSegment(path: string, prevHash: string | null, firstSeq: number): Promise<ScanResult> {
  const stats: SegmentStats = { count: 0, firstSeq, lastSeq: firstSeq - 1, tsMin: '', tsMax: '', lastHash: prevHash ?? '', sources: new Map() };
  let chain = prevHash;
  let expectSeq = firstSeq;
  let goodEnd = 0;
  let size = 0;
  let lineNo = 0;
  let firstBad: ScanResult['firstBad'] = null;
  let badRegionLines = 0;
  let recordsAfterBad = 0;
  let goodStats: SegmentStats | null = null;
  for await (const lines of readLinesForward(path)) {
    for (const { buf, offset, terminated } of lines) {
      lineNo++;
      size = offset + buf.length + (terminated ? 1 : 0);
      const rec = parseRecord(buf);
      let reason: string | null = null;
      if (!terminated) reason = 'last line has no newline (torn write)';
      else if (!rec) reason = 'line is not a JSON record';
      else if (rec.seq !== expectSeq) reason = `expected seq ${expectSeq}, found ${rec.seq}`;
      else if (chain !== null) {
        const c = checkLineHash(chain, buf);
        if (!c.ok) reason = c.reason;
      }
      if (firstBad) {
        badRegionLines++;
        if (rec && terminated) recordsAfterBad++;
      } else if (reason !== null) {
        firstBad = { offset, line: lineNo, reason };
        badRegionLines = 1;
        goodStats = { ...stats, sources: new Map(stats.sources) };
      } else goodEnd = size;
      if (rec && terminated) {
        add(stats, rec);
        chain = rec.h;
        expectSeq = rec.seq + 1;
      }
    }
  }
  return { stats, goodStats: goodStats ?? stats, goodEnd, size, firstBad, badRegionLines, recordsAfterBad };
}

interface ParsedRecord {
  seq: number;
  ts: string;
  src: string;
  aseq?: number;
  h: string;
}

function parseRecord(buf: Buffer): ParsedRecord | null {
  try {
    const v = JSON.parse(buf.toString('utf8')) as Partial<ParsedRecord> | null;
    if (v && typeof v.seq === 'number' && typeof v.ts === 'string' && typeof v.src === 'string' && typeof v.h === 'string') {
      return v as ParsedRecord;
    }
  } catch {
    // not JSON: the caller reports it
  }
  return null;
}

function add(stats: SegmentStats, rec: ParsedRecord): void {
  if (stats.count === 0) stats.firstSeq = rec.seq;
  stats.count++;
  stats.lastSeq = rec.seq;
  stats.lastHash = rec.h;
  if (stats.tsMin === '' || rec.ts < stats.tsMin) stats.tsMin = rec.ts;
  if (rec.ts > stats.tsMax) stats.tsMax = rec.ts;
  const a = typeof rec.aseq === 'number' ? rec.aseq : 0;
  const had = stats.sources.get(rec.src);
  if (had === undefined || a > had) stats.sources.set(rec.src, a);
}

export function emptyStats(firstSeq: number, prevHash: string): SegmentStats {
  return { count: 0, firstSeq, lastSeq: firstSeq - 1, tsMin: '', tsMax: '', lastHash: prevHash, sources: new Map() };
}

export function statsToIndex(stats: SegmentStats, bytes: number, allSources: ReadonlyMap<string, number>): SegmentIndex {
  return {
    firstSeq: stats.firstSeq,
    lastSeq: stats.lastSeq,
    tsMin: stats.tsMin,
    tsMax: stats.tsMax,
    count: stats.count,
    bytes,
    lastHash: stats.lastHash,
    sources: Object.fromEntries(stats.sources),
    allSources: Object.fromEntries(allSources),
  };
}
