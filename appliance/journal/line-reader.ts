// Chunked line readers over a segment file. They yield batches of lines (one per chunk read) so the
// per-line cost is a subarray, not a promise. Lines exclude the '\n'; `offset` is the line's first byte.
import { open } from 'node:fs/promises';

export interface Line {
  buf: Buffer;
  offset: number;
  /** False only for a last line with no '\n' after it (a torn write). */
  terminated: boolean;
}

const CHUNK = 1 << 20;
const NL = 0x0a;

/** Lines of [start, end) in file order. `end` defaults to the file size at open. */
export async function* readLinesForward(path: string, start = 0, end?: number): AsyncGenerator<Line[]> {
  const fh = await open(path, 'r');
  try {
    const stop = end ?? (await fh.stat()).size;
    let pos = start;
    let carry: Buffer | null = null;
    let carryOffset = start;
    while (pos < stop) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, stop - pos));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) break;
      const data: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const base = carry ? carryOffset : pos;
      pos += bytesRead;
      const lines: Line[] = [];
      let from = 0;
      for (let nl = data.indexOf(NL); nl >= 0; nl = data.indexOf(NL, from)) {
        lines.push({ buf: data.subarray(from, nl), offset: base + from, terminated: true });
        from = nl + 1;
      }
      carry = from < data.length ? data.subarray(from) : null;
      carryOffset = base + from;
      if (lines.length > 0) yield lines;
    }
    if (carry) yield [{ buf: carry, offset: carryOffset, terminated: false }];
  } finally {
    await fh.close();
  }
}

/** Lines of [0, end) in reverse file order, read in chunks from the end: "latest N" stays cheap. */
export async function* readLinesBackward(path: string, end?: number): AsyncGenerator<Line[]> {
  const fh = await open(path, 'r');
  try {
    let pos = end ?? (await fh.stat()).size;
    // `tail` holds the bytes after the last newline seen so far (the start of a line not yet complete).
    let tail: Buffer | null = null;
    let terminated = true;
    let first = true;
    while (pos > 0) {
      const len = Math.min(CHUNK, pos);
      pos -= len;
      const chunk = Buffer.allocUnsafe(len);
      const { bytesRead } = await fh.read(chunk, 0, len, pos);
      let data: Buffer = tail ? Buffer.concat([chunk.subarray(0, bytesRead), tail]) : chunk.subarray(0, bytesRead);
      if (first) {
        first = false;
        if (data.length > 0 && data[data.length - 1] === NL) data = data.subarray(0, data.length - 1);
        else terminated = false;
      }
      const lines: Line[] = [];
      let to = data.length;
      let nl: number;
      // Guard `to > 0`: a negative lastIndexOf offset would count from the end.
      while (to > 0 && (nl = data.lastIndexOf(NL, to - 1)) >= 0) {
        lines.push({ buf: data.subarray(nl + 1, to), offset: pos + nl + 1, terminated });
        terminated = true;
        to = nl;
      }
      tail = data.subarray(0, to);
      if (lines.length > 0) yield lines;
    }
    if (tail && (tail.length > 0 || !terminated)) yield [{ buf: tail, offset: 0, terminated }];
  } finally {
    await fh.close();
  }
}
