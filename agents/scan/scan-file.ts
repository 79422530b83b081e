// Scans one regular file: sniffs it, then reads it as text, xlsx or docx. Every failure becomes a
// SkipFile with a reason; the numbers found live in one MyNumberCounter until this returns.
import { open } from 'node:fs/promises';
import { isDocx, scanDocx } from './docx.js';
import { MyNumberCounter, type MyNumberTally } from './my-number.js';
import { SkipFile, toSkip } from './skip.js';
import { sniff, SNIFF_BYTES, type TextEncodingName } from './sniff.js';
import { scanTextFile } from './text-file.js';
import { isXlsx, scanXlsx } from './xlsx.js';
import { ZipArchive, type ZipLimits } from './zip-archive.js';

export type FileFormat = 'text' | 'xlsx' | 'docx';
export interface FileScan {
  format: FileFormat;
  encoding?: TextEncodingName;
  tally: MyNumberTally;
}

export interface FileLimits {
  maxFileMs: number;
  zip: ZipLimits;
}

/** Throws SkipFile; a scan cut short by `signal` (the whole tree's) rethrows its reason. */
export async function scanFile(path: string, limits: FileLimits, signal: AbortSignal | undefined, onBytes: (n: number) => void): Promise<FileScan> {
  const timeout = AbortSignal.timeout(limits.maxFileMs);
  const fileSignal = signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
  const counter = new MyNumberCounter();
  try {
    const head = await readHead(path);
    const kind = sniff(head);
    if (kind.kind === 'binary') throw new SkipFile('binary');
    if (kind.kind === 'unsupported') throw new SkipFile('unsupported_format', kind.format);
    if (kind.kind === 'text') {
      await scanTextFile(path, kind.encoding, kind.bomLength, counter, fileSignal, onBytes);
      return { format: 'text', encoding: kind.encoding, tally: counter.end() };
    }
    const zip = await ZipArchive.open(path, limits.zip);
    try {
      if (isXlsx(zip)) await scanXlsx(zip, counter, fileSignal);
      else if (isDocx(zip)) await scanDocx(zip, counter, fileSignal);
      else throw new SkipFile('unsupported_format', 'zip');
      if (fileSignal.aborted) throw fileSignal.reason;
      return { format: isXlsx(zip) ? 'xlsx' : 'docx', tally: counter.end() };
    } finally {
      zip.close();
    }
  } catch (e) {
    counter.end(); // forget whatever was seen before the failure
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new SkipFile('timeout');
    throw toSkip(e);
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
