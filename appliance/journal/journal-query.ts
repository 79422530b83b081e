// Time-, seq- and source-bounded reads. Segment names (first seq, local date) and indexes (time range,
// sources) let whole segments be skipped unopened; within a segment, seq and ts are read from the fixed
// line prefix so only candidate lines pay for JSON.parse. 'desc' reads files backwards in chunks.
import { join } from 'node:path';
import { readLinesBackward, readLinesForward, type Line } from './line-reader.js';
import { kindMatcher, peekSeqTs } from './record.js';
import { dayBounds, type SegmentRef } from './segment-files.js';
import type { JournalQuery, JournalRecord, QueryStats } from './types.js';

const TZ_MARGIN_MS = 26 * 3600_000; // UTC-12 .. UTC+14

export interface QuerySource {
  dir: string;
  segments: readonly SegmentRef[];
  /** Records above this are not yet durable and never returned. */
  durableSeq: number;
  summary(name: string): Promise<{ tsMin: string; tsMax: string } | null>;
  sources(name: string): Promise<Record<string, number> | null>;
}

export async function* runQuery(source: QuerySource, q: JournalQuery, stats: QueryStats): AsyncGenerator<JournalRecord> {
  const desc = q.order === 'desc';
  const lo = Math.max(q.afterSeq ?? 0, 0) + 1;
  const hi = Math.min(q.beforeSeq ?? Infinity, source.durableSeq + 1); // exclusive
  const since = q.since?.toISOString();
  const until = q.until?.toISOString();
  const limit = q.limit ?? Infinity;
  const kindOk = kindMatcher(q.kind);
  const segs = source.segments;
  stats.segmentsTotal = segs.length;
  if (limit <= 0 || lo >= hi) return;
  const order = segs.map((_, i) => i);
  if (desc) order.reverse();
  for (const i of order) {
    const seg = segs[i]!;
    const segLast = (segs[i + 1]?.firstSeq ?? Infinity) - 1;
    if (segLast < lo || seg.firstSeq >= hi) continue;
    if (!(await mayMatch(source, seg, q, since, until))) continue;
    stats.segmentsOpened++;
    const path = join(source.dir, seg.name);
    const reader = desc ? readLinesBackward(path) : readLinesForward(path);
    for await (const lines of reader) {
      for (const line of lines) {
        stats.linesScanned++;
        const r = match(line, lo, hi, since, until);
        if (r === 'stop' || (r === 'past' && desc) || (r === 'beyond' && !desc)) return;
        if (r !== 'candidate') continue;
        const rec = JSON.parse(line.buf.toString('utf8')) as JournalRecord;
        if ((q.src !== undefined && rec.src !== q.src) || !kindOk(rec.kind)) continue;
        stats.recordsReturned++;
        yield rec;
        if (stats.recordsReturned >= limit) return;
      }
    }
  }
}

type LineMatch = 'candidate' | 'skip' | 'past' | 'beyond' | 'stop';

/** 'past' = seq below the range, 'beyond' = seq at or above it: with seq ordered, the scan can stop. */
function match(line: Line, lo: number, hi: number, since?: string, until?: string): LineMatch {
  if (!line.terminated) return 'skip'; // a write in progress, or a torn tail not yet repaired
  const p = peekSeqTs(line.buf);
  if (!p) return 'skip';
  if (p.seq < lo) return 'past';
  if (p.seq >= hi) return 'beyond';
  if ((since !== undefined && p.ts < since) || (until !== undefined && p.ts >= until)) return 'skip';
  return 'candidate';
}

async function mayMatch(source: QuerySource, seg: SegmentRef, q: JournalQuery, since?: string, until?: string): Promise<boolean> {
  if (since !== undefined || until !== undefined) {
    // Every record in a segment was received on the local date in its name. The margin keeps this
    // right if the box's time zone changed since the segment was written; the index check below is exact.
    const day = dayBounds(seg.date);
    if (q.since && day.end + TZ_MARGIN_MS <= q.since.getTime()) return false;
    if (q.until && day.start - TZ_MARGIN_MS >= q.until.getTime()) return false;
  }
  if (since !== undefined || until !== undefined) {
    const range = await source.summary(seg.name);
    if (range && range.tsMax !== '') {
      if (since !== undefined && range.tsMax < since) return false;
      if (until !== undefined && range.tsMin >= until) return false;
    }
  }
  if (q.src !== undefined) {
    const sources = await source.sources(seg.name);
    if (sources && !Object.hasOwn(sources, q.src)) return false;
  }
  return true;
}
