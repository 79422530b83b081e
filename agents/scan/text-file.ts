// Streams a text file through a MyNumberCounter: memory stays at one 256 KiB read buffer plus the
// counter's small overlap, whatever the file size.
import { createReadStream } from 'node:fs';
import type { MyNumberCounter } from './my-number.js';
import { SkipFile } from './skip.js';
import type { TextEncodingName } from './sniff.js';

const READ_CHUNK = 256 * 1024;

export async function scanTextFile(
  path: string,
  encoding: TextEncodingName,
  bomLength: number,
  counter: MyNumberCounter,
  signal: AbortSignal,
  onBytes: (n: number) => void,
): Promise<void> {
  const decoder = new TextDecoder(encoding);
  const singleByteNulMeansBinary = encoding !== 'utf-16le' && encoding !== 'utf-16be';
  const stream = createReadStream(path, { start: bomLength, highWaterMark: READ_CHUNK, signal });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    // The head looked like text; a NUL further in means it is not (e.g. text header, binary body).
    if (singleByteNulMeansBinary && chunk.indexOf(0) !== -1) {
      stream.destroy();
      throw new SkipFile('binary', 'nul_after_head');
    }
    counter.push(decoder.decode(chunk, { stream: true }));
    onBytes(chunk.length);
  }
  counter.push(decoder.decode());
}
