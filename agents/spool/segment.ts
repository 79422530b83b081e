// Segment files: `<firstSeq, 16 digits>.jsonl`, one AgentEvent per line, seqs contiguous inside a
// file (firstSeq, firstSeq+1, ...). Contiguity lets counts and ack math work without reading
// files, and a sparse offset index lets pending() seek instead of reading whole segments.
import { open, readFile } from 'node:fs/promises';
import type { AgentEvent } from '../../protocol/wire.js';
import { SpoolError } from './spool-error.js';

/** One offset is kept per this many events: ~50 KB of index for a full 200,000-event spool. */
export const INDEX_STRIDE = 64;
const READ_CHUNK = 256 * 1024;
const NEWLINE = 0x0a;

export interface SegmentInfo {
  path: string;
  firstSeq: number;
  /** firstSeq - 1 while the segment is empty. Only durable (fsynced) lines are counted. */
  lastSeq: number;
  /** Bytes of durable, complete lines. */
  bytes: number;
  /** offsets[i] = byte offset of the line holding seq firstSeq + i * INDEX_STRIDE. */
  offsets: number[];
}

export function segmentName(firstSeq: number): string {
  return String(firstSeq).padStart(16, '0') + '.jsonl';
}

export function parseSegmentName(name: string): number | null {
  const m = /^(\d{16})\.jsonl$/.exec(name);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function segmentCount(seg: SegmentInfo): number {
  return seg.lastSeq - seg.firstSeq + 1;
}

export interface ScanResult {
  info: SegmentInfo;
  /** Byte offset where the file was cut, and why; null when the file was whole. */
  cut: { at: number; removedBytes: number; reason: string } | null;
}

/** Reads a segment, keeps the longest prefix of whole, valid, contiguous lines, and truncates
 *  the rest (a write torn by kill -9 or power loss) durably, so later appends start clean. */
export async function scanSegment(path: string, firstSeq: number): Promise<ScanResult> {
  const buf = await readFile(path);
  const info: SegmentInfo = { path, firstSeq, lastSeq: firstSeq - 1, bytes: 0, offsets: [] };
  let pos = 0;
  let reason: string | null = null;
  while (pos < buf.length) {
    const end = buf.indexOf(NEWLINE, pos);
    if (end < 0) {
      reason = 'line without newline at end of file';
      break;
    }
    const expected = info.lastSeq + 1;
    if (!isEventLine(buf.toString('utf8', pos, end), expected)) {
      reason = `line for seq ${expected} is not a valid event`;
      break;
    }
    if ((expected - firstSeq) % INDEX_STRIDE === 0) info.offsets.push(pos);
    info.lastSeq = expected;
    pos = end + 1;
    info.bytes = pos;
  }
  if (reason === null) return { info, cut: null };
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(info.bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return { info, cut: { at: info.bytes, removedBytes: buf.length - info.bytes, reason } };
}

function isEventLine(text: string, expectedSeq: number): boolean {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    e.seq === expectedSeq &&
    typeof e.time === 'string' &&
    typeof e.kind === 'string' &&
    typeof e.data === 'object' &&
    e.data !== null &&
    !Array.isArray(e.data)
  );
}

export interface ReadBudget {
  events: number;
  bytes: number;
  /** Bytes already taken; the first event is always taken even if larger than the budget. */
  usedBytes: number;
}

/** Appends to `out` the events of `seg` with seq >= fromSeq, within the budget. Reads only up to
 *  the durable length recorded in `seg` at call time. Returns false when the budget ran out. */
export async function readSegmentRange(
  seg: Readonly<SegmentInfo>,
  fromSeq: number,
  budget: ReadBudget,
  out: AgentEvent[],
): Promise<boolean> {
  const lastSeq = seg.lastSeq;
  const end = seg.bytes;
  const slot = Math.max(0, Math.min(Math.floor((fromSeq - seg.firstSeq) / INDEX_STRIDE), seg.offsets.length - 1));
  let seq = seg.firstSeq + slot * INDEX_STRIDE;
  let pos = seg.offsets[slot] ?? 0;
  const fh = await open(seg.path, 'r');
  try {
    let carry = Buffer.alloc(0);
    while (pos < end && seq <= lastSeq) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - pos));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = buf.indexOf(NEWLINE); nl >= 0 && seq <= lastSeq; nl = buf.indexOf(NEWLINE, start)) {
        if (seq >= fromSeq) {
          const size = nl - start + 1;
          if (budget.events <= 0 || (budget.usedBytes > 0 && budget.usedBytes + size > budget.bytes)) return false;
          const event = JSON.parse(buf.toString('utf8', start, nl)) as AgentEvent;
          if (event.seq !== seq) {
            throw new SpoolError('SPOOL_CORRUPT', `${seg.path}: expected seq ${seq}, found ${String(event.seq)}`, {
              path: seg.path,
              seq,
            });
          }
          out.push(event);
          budget.events -= 1;
          budget.usedBytes += size;
        }
        seq += 1;
        start = nl + 1;
      }
      carry = Buffer.from(buf.subarray(start));
    }
  } finally {
    await fh.close();
  }
  return budget.events > 0;
}
