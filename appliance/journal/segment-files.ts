// Segment naming, listing and the atomic index sidecar.
// A segment is `<first seq, 16 digits>-<YYYYMMDD local date>.jsonl`; every record in it was received on
// that local date (the writer rolls when the date changes), so the name alone bounds its time range.
import { readdir, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../common/atomic-write.js';
import type { SegmentIndex } from './types.js';

export interface SegmentRef {
  name: string;
  firstSeq: number;
  /** YYYYMMDD, local. */
  date: string;
}

const NAME_RE = /^(\d{16})-(\d{8})\.jsonl$/;

export function segmentName(firstSeq: number, date: string): string {
  return `${String(firstSeq).padStart(16, '0')}-${date}.jsonl`;
}

export function indexName(segment: string): string {
  return segment + '.idx.json';
}

/** Segments sorted by first seq. Other files (indexes, temp files) are ignored. */
export async function listSegments(dir: string): Promise<SegmentRef[]> {
  const out: SegmentRef[] = [];
  for (const name of await readdir(dir)) {
    const m = NAME_RE.exec(name);
    if (m) out.push({ name, firstSeq: Number(m[1]), date: m[2]! });
  }
  return out.sort((a, b) => a.firstSeq - b.firstSeq);
}

export function localDate(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

/** [start, end) of a local date in epoch ms. */
export function dayBounds(date: string): { start: number; end: number } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(4, 6)) - 1;
  const d = Number(date.slice(6, 8));
  return { start: new Date(y, m, d).getTime(), end: new Date(y, m, d + 1).getTime() };
}

/** Atomic (see common/atomic-write): after a crash the index is either old or new, never half. */
export async function writeIndex(dir: string, segment: string, index: SegmentIndex): Promise<void> {
  await writeFileAtomic(join(dir, indexName(segment)), JSON.stringify(index) + '\n', { mode: 0o640 });
}

/** The index of a segment, or null when it has none or it is unreadable (then the caller rescans). */
export async function readIndex(dir: string, segment: string): Promise<SegmentIndex | null> {
  let text: string;
  try {
    text = await readFile(join(dir, indexName(segment)), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const v = JSON.parse(text) as SegmentIndex;
    return typeof v.lastSeq === 'number' && typeof v.lastHash === 'string' && typeof v.sources === 'object' ? v : null;
  } catch {
    return null;
  }
}

/** fh.write may write less than asked; loop until all of it is in the file. */
export async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off, null);
    off += bytesWritten;
  }
}
