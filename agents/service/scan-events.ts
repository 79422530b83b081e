// Turns one scan result into spool items: a `scan.file` event per file with numbers (path and counts,
// never a number) and then one `scan.completed`. One file per event keeps every event far below
// Limits.maxEventDataBytes; an event that would not fit is left out and the scan is marked incomplete,
// so the box does not take the missing file for gone.
import { Limits, SCAN_COMPLETED_KIND, SCAN_FILE_KIND, type ScanCompletedData, type ScanFileData } from '../../protocol/wire.js';
import type { ScanResult, SkippedFile } from '../scan/scan-tree.js';

export interface SpoolItemLike {
  kind: string;
  data: Record<string, unknown>;
}

const MAX_PATH = 4096;
const MAX_KEPT = 2000;
const OFFICE = /\.(xlsx|xlsm|docx|docm)$/i;

/**
 * Skips that may hide a file the ledger holds: it is still there, we just could not read it this time
 * (or it became password-protected). Binaries, symlinks and devices were never ledger entries.
 */
export function mayHideFinding(s: SkippedFile): boolean {
  switch (s.reason) {
    case 'unreadable':
    case 'too_large':
    case 'timeout':
    case 'zip_bomb':
    case 'corrupt':
      return true;
    case 'unsupported_format':
      return OFFICE.test(s.path);
    default:
      return false;
  }
}

export function scanEvents(result: ScanResult, scanId: string): SpoolItemLike[] {
  const items: SpoolItemLike[] = [];
  let complete = !result.stats.aborted;
  for (const f of result.files) {
    const data: ScanFileData = {
      scanId,
      root: result.root,
      path: f.path,
      myNumberCount: f.myNumberCount,
      ...(f.countCapped ? { countCapped: true } : {}),
      occurrences: f.occurrences,
      confidence: f.confidence,
      size: f.size,
      modified: f.modified,
      format: f.format,
    };
    if (f.path.length > MAX_PATH || result.root.length > MAX_PATH || Buffer.byteLength(JSON.stringify(data)) > Limits.maxEventDataBytes) {
      complete = false;
      continue;
    }
    items.push({ kind: SCAN_FILE_KIND, data: data as unknown as Record<string, unknown> });
  }
  const kept = result.skipped.filter(mayHideFinding).map((s) => s.path);
  if (kept.length > MAX_KEPT || kept.some((k) => k.length > MAX_PATH)) complete = false;
  const skipped: Record<string, number> = {};
  for (const s of result.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  const done: ScanCompletedData = {
    scanId,
    root: result.root,
    complete,
    files: items.length,
    stats: { ...result.stats },
    skipped,
    kept: complete ? kept : [],
  };
  items.push({ kind: SCAN_COMPLETED_KIND, data: done as unknown as Record<string, unknown> });
  return items;
}

/** The `scan.completed` of a root that could not be scanned at all: proves nothing, marks nothing gone. */
export function failedScanEvent(root: string, scanId: string, code: string): SpoolItemLike {
  const done: ScanCompletedData = {
    scanId,
    root,
    complete: false,
    files: 0,
    error: code.slice(0, 64),
    stats: { filesScanned: 0, bytesScanned: 0, filesWithNumbers: 0, filesSkipped: 0, occurrences: 0, durationMs: 0, startedAt: new Date().toISOString(), aborted: false },
    skipped: {},
    kept: [],
  };
  return { kind: SCAN_COMPLETED_KIND, data: done as unknown as Record<string, unknown> };
}
