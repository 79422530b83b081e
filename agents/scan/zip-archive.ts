// Opens an Office zip with yauzl and streams chosen entries, refusing zip bombs: too many entries,
// an entry too large, a compression ratio no document has, or more bytes out than declared.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { SkipFile } from './skip.js';

export interface ZipLimits {
  maxEntries: number;
  /** Uncompressed bytes of one entry we read. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries we read from one file. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, checked for entries over 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
};

export class ZipArchive {
  readonly #zip: ZipFile;
  readonly #entries: Map<string, Entry>;
  readonly #limits: ZipLimits;
  #total = 0;

  private constructor(zip: ZipFile, entries: Map<string, Entry>, limits: ZipLimits) {
    this.#zip = zip;
    this.#entries = entries;
    this.#limits = limits;
  }

  static async open(path: string, limits: ZipLimits): Promise<ZipArchive> {
    let zip: ZipFile;
    try {
      zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
    } catch (e) {
      throw new SkipFile('corrupt', 'zip', { cause: e });
    }
    try {
      if (zip.entryCount > limits.maxEntries) throw new SkipFile('zip_bomb', 'entries');
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
      return new ZipArchive(zip, entries, limits);
    } catch (e) {
      zip.close();
      throw e instanceof SkipFile ? e : new SkipFile('corrupt', 'zip', { cause: e });
    }
  }

  names(): string[] {
    return [...this.#entries.keys()];
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The entry's bytes, chunk by chunk; throws SkipFile('zip_bomb') before or while reading. */
  async *read(name: string, signal: AbortSignal): AsyncGenerator<Buffer> {
    const entry = this.#entries.get(name);
    if (entry === undefined) return;
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.#limits;
    const declared = entry.uncompressedSize;
    if (declared > maxEntryBytes) throw new SkipFile('zip_bomb', 'entry_size');
    if (declared > 1024 * 1024 && declared > Math.max(1, entry.compressedSize) * maxRatio) throw new SkipFile('zip_bomb', 'ratio');
    if (this.#total + declared > maxTotalBytes) throw new SkipFile('zip_bomb', 'total_size');
    if (entry.isEncrypted()) throw new SkipFile('unsupported_format', 'encrypted_zip');
    let stream: Readable;
    try {
      stream = await this.#zip.openReadStreamPromise(entry);
    } catch (e) {
      throw new SkipFile('corrupt', 'zip_entry', { cause: e });
    }
    const onAbort = () => stream.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    let seen = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        seen += chunk.length;
        // yauzl also checks the declared size at the end; we stop as soon as it is exceeded.
        if (seen > declared || seen > maxEntryBytes) throw new SkipFile('zip_bomb', 'size_mismatch');
        yield chunk;
      }
    } catch (e) {
      if (e instanceof SkipFile || signal.aborted) throw e;
      // yauzl's own size check: more bytes inflate than the header declared.
      if (/too many bytes/.test(String(e))) throw new SkipFile('zip_bomb', 'size_mismatch', { cause: e });
      throw new SkipFile('corrupt', 'zip_entry', { cause: e });
    } finally {
      signal.removeEventListener('abort', onAbort);
      stream.destroy();
      this.#total += seen;
    }
  }

  close(): void {
    this.#zip.close();
  }
}
