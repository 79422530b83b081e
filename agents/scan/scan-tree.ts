// Walks a folder and scans every regular file for My Numbers. The result holds counts, paths and
// reasons only: never a number, not even masked or hashed.
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ScanError } from './scan-error.js';
import { type FileFormat, scanFile } from './scan-file.js';
import { makeExcluder } from './glob.js';
import { SkipFile, type SkipReason } from './skip.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-archive.js';
import type { Confidence } from './my-number.js';

export interface ScanOptions {
  /** Files larger than this are skipped as too_large (default 512 MiB). */
  maxFileBytes?: number;
  /** A file taking longer than this is skipped as timeout (default 120 s). */
  maxFileMs?: number;
  followSymlinks?: false;
  /** Globs on the path relative to the root (`**`, `*`, `?`); a bare name matches at any depth. */
  exclude?: string[];
  zip?: Partial<ZipLimits>;
  onProgress?: (p: { files: number; bytes: number; current: string }) => void;
  signal?: AbortSignal;
}

export interface ScannedFile {
  path: string;
  myNumberCount: number;
  /** True when the file held more distinct numbers than we count: myNumberCount is a lower bound. */
  countCapped?: true;
  occurrences: number;
  confidence: Confidence;
  size: number;
  modified: string;
  format: FileFormat;
  encoding?: string;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail?: string;
  size?: number;
}

export interface ScanResult {
  root: string;
  files: ScannedFile[];
  skipped: SkippedFile[];
  stats: {
    filesScanned: number;
    bytesScanned: number;
    filesWithNumbers: number;
    filesSkipped: number;
    occurrences: number;
    durationMs: number;
    startedAt: string;
    /** Stopped by the signal: files not reached are neither listed nor skipped, so absence means nothing. */
    aborted: boolean;
  };
}

export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_FILE_MS = 120_000;

export async function scanTree(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const limits = { maxFileMs: options.maxFileMs ?? DEFAULT_MAX_FILE_MS, zip: { ...DEFAULT_ZIP_LIMITS, ...options.zip } };
  const excluded = makeExcluder(options.exclude ?? []);
  let absRoot: string;
  try {
    absRoot = await realpath(root);
    if (!(await stat(absRoot)).isDirectory()) throw new ScanError('ROOT_NOT_DIRECTORY', { root });
  } catch (e) {
    if (e instanceof ScanError) throw e;
    throw new ScanError('ROOT_UNREADABLE', { root }, { cause: e });
  }
  const result: ScanResult = {
    root: absRoot,
    files: [],
    skipped: [],
    stats: { filesScanned: 0, bytesScanned: 0, filesWithNumbers: 0, filesSkipped: 0, occurrences: 0, durationMs: 0, startedAt: new Date(started).toISOString(), aborted: false },
  };
  const rel = (abs: string) => relative(absRoot, abs).split(sep).join('/');
  const skip = (path: string, reason: SkipReason, detail?: string, size?: number) => {
    result.skipped.push({ path, reason, ...(detail === undefined ? {} : { detail }), ...(size === undefined ? {} : { size }) });
  };
  let progressBytes = 0;

  // Depth-first with an explicit stack of directories, entries in name order: deterministic output.
  const dirs: string[] = [absRoot];
  walk: while (dirs.length > 0) {
    const dir = dirs.pop() as string;
    let names: { name: string; kind: 'dir' | 'file' | 'symlink' | 'other' }[];
    try {
      names = [];
      for await (const d of await opendir(dir)) {
        names.push({ name: d.name, kind: d.isDirectory() ? 'dir' : d.isFile() ? 'file' : d.isSymbolicLink() ? 'symlink' : 'other' });
      }
    } catch (e) {
      skip(rel(dir) || '.', 'unreadable', (e as { code?: string }).code);
      continue;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const { name, kind } of names) {
      if (options.signal?.aborted) break walk;
      const abs = join(dir, name);
      const path = rel(abs);
      if (excluded(path)) continue;
      if (kind === 'dir') subdirs.push(abs);
      else if (kind === 'symlink') skip(path, 'symlink');
      else if (kind === 'other') skip(path, 'not_regular');
      else {
        let info;
        try {
          info = await stat(abs);
        } catch (e) {
          skip(path, 'unreadable', (e as { code?: string }).code);
          continue;
        }
        if (info.size > maxFileBytes) {
          skip(path, 'too_large', undefined, info.size);
          continue;
        }
        options.onProgress?.({ files: result.stats.filesScanned, bytes: progressBytes, current: path });
        try {
          const scan = await scanFile(abs, limits, options.signal, (n) => {
            progressBytes += n;
          });
          if (scan.format !== 'text') progressBytes += info.size; // zips are not read front to back
          result.stats.filesScanned++;
          result.stats.bytesScanned += info.size;
          const t = scan.tally;
          if (t.occurrences > 0 && t.confidence !== null) {
            result.stats.filesWithNumbers++;
            result.stats.occurrences += t.occurrences;
            result.files.push({
              path,
              myNumberCount: t.count,
              ...(t.countCapped ? { countCapped: true as const } : {}),
              occurrences: t.occurrences,
              confidence: t.confidence,
              size: info.size,
              modified: info.mtime.toISOString(),
              format: scan.format,
              ...(scan.encoding === undefined ? {} : { encoding: scan.encoding }),
            });
          }
        } catch (e) {
          if (options.signal?.aborted) break walk;
          const s = e instanceof SkipFile ? e : new SkipFile('unreadable');
          skip(path, s.reason, s.detail, info.size);
        }
      }
    }
    dirs.push(...subdirs.reverse());
  }
  result.stats.aborted = options.signal?.aborted ?? false;
  result.stats.filesSkipped = result.skipped.length;
  result.stats.durationMs = Date.now() - started;
  return result;
}
