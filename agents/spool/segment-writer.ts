// Appends lines to the tail segment, rolling to a new file past segmentBytes. Each file is
// fdatasynced before the next is created (and the folder after a create), so after a crash only
// the last file can be torn, and segment info in memory only ever describes durable lines.
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_STRIDE, segmentName, type SegmentInfo } from './segment.js';
import { lineBytes, lineOf, type PreparedItem } from './spool-line.js';
import { fsyncDir } from '../../common/atomic-write.js';

export class SegmentWriter {
  private fh: FileHandle | null = null;
  private seg: SegmentInfo | null = null;

  /** `segments` is the spool's list, oldest first; new segments are pushed onto it. */
  constructor(
    private readonly dir: string,
    private readonly segmentBytes: number,
    private readonly segments: SegmentInfo[],
  ) {}

  /** Writes items as seqs firstSeq, firstSeq+1, ... On failure the open file is given up, so
   *  the next write starts a new segment instead of following a possibly partial line. */
  async append(firstSeq: number, items: readonly PreparedItem[]): Promise<void> {
    try {
      let i = 0;
      while (i < items.length) {
        const { seg, fh, created } = await this.segmentFor(firstSeq + i);
        let bytes = seg.bytes;
        let text = '';
        const offsets: number[] = [];
        let j = i;
        do {
          const seq = firstSeq + j;
          const item = items[j] as PreparedItem;
          if ((seq - seg.firstSeq) % INDEX_STRIDE === 0) offsets.push(bytes);
          text += lineOf(seq, item);
          bytes += lineBytes(seq, item);
          j += 1;
        } while (j < items.length && bytes < this.segmentBytes);
        await fh.write(text);
        await fh.datasync();
        if (created) await fsyncDir(this.dir);
        seg.offsets.push(...offsets);
        seg.bytes = bytes;
        seg.lastSeq = firstSeq + j - 1;
        i = j;
      }
    } catch (e) {
      await this.close().catch(() => {});
      throw e;
    }
  }

  /** Closes the file if it belongs to `seg`, before that segment is deleted. */
  async release(seg: SegmentInfo): Promise<void> {
    if (this.seg === seg) await this.close();
  }

  async close(): Promise<void> {
    const fh = this.fh;
    this.fh = null;
    this.seg = null;
    if (fh) await fh.close();
  }

  private async segmentFor(seq: number): Promise<{ seg: SegmentInfo; fh: FileHandle; created: boolean }> {
    const tail = this.segments.at(-1);
    if (tail && tail.lastSeq + 1 === seq && tail.bytes < this.segmentBytes) {
      if (this.fh && this.seg === tail) return { seg: tail, fh: this.fh, created: false };
      await this.close();
      this.fh = await open(tail.path, 'a');
      this.seg = tail;
      return { seg: tail, fh: this.fh, created: false };
    }
    await this.close();
    const seg: SegmentInfo = { path: join(this.dir, segmentName(seq)), firstSeq: seq, lastSeq: seq - 1, bytes: 0, offsets: [] };
    // 'wx': a file of this name can only be left from a failed write of these same seqs.
    this.fh = await open(seg.path, 'wx', 0o600);
    this.seg = seg;
    this.segments.push(seg);
    return { seg, fh: this.fh, created: true };
  }
}
