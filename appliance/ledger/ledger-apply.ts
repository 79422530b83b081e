// How scan results change the ledger of 特定個人情報ファイル (C-c). Pure functions over the entry list, so
// the rules are tested without files. Entries hold where a file is and how many numbers it has:
// never a number.
import type { ScanCompletedData, ScanFileData } from '../../protocol/wire.js';
import type { LedgerEntry } from './ledger-schema.js';

export interface LedgerChange {
  kind: 'mynumber.file_found' | 'mynumber.file_gone';
  entry: LedgerEntry;
}

const sameFile = (e: LedgerEntry, assetId: string, root: string, path: string) => e.assetId === assetId && e.root === root && e.path === path;

/** Records one reported file; a change when the file is new to the ledger or had been marked gone. */
export function applyScanFile(entries: LedgerEntry[], assetId: string, host: string, d: ScanFileData, at: string): LedgerChange | null {
  const facts = {
    host,
    count: d.myNumberCount,
    occurrences: d.occurrences,
    confidence: d.confidence,
    size: d.size,
    modified: d.modified,
    lastSeen: at,
    scanId: d.scanId,
  };
  const entry = entries.find((e) => sameFile(e, assetId, d.root, d.path));
  if (!entry) {
    const created: LedgerEntry = { assetId, root: d.root, path: d.path, firstSeen: at, ...facts, ...(d.countCapped ? { countCapped: true } : {}) };
    entries.push(created);
    return { kind: 'mynumber.file_found', entry: created };
  }
  const wasGone = entry.goneAt !== undefined;
  Object.assign(entry, facts);
  delete entry.goneAt;
  if (d.countCapped) entry.countCapped = true;
  else delete entry.countCapped;
  return wasGone ? { kind: 'mynumber.file_found', entry } : null;
}

function under(path: string, kept: string): boolean {
  return kept === '.' || path === kept || path.startsWith(kept.endsWith('/') ? kept : kept + '/');
}

/**
 * Closes a scan: when it was complete and every file it reported arrived, entries of that root it did
 * not report (and did not skip for a reason that could hide them) are marked gone. Anything less
 * proves nothing, so nothing changes.
 */
export function applyScanCompleted(entries: LedgerEntry[], assetId: string, d: ScanCompletedData, at: string): LedgerChange[] {
  if (!d.complete || d.stats.aborted || d.error) return [];
  const ofRoot = entries.filter((e) => e.assetId === assetId && e.root === d.root);
  const reported = ofRoot.filter((e) => e.scanId === d.scanId).length;
  if (reported < d.files) return [];
  const changes: LedgerChange[] = [];
  for (const e of ofRoot) {
    if (e.scanId === d.scanId || e.goneAt !== undefined) continue;
    if (d.kept.some((k) => under(e.path, k))) continue;
    e.goneAt = at;
    changes.push({ kind: 'mynumber.file_gone', entry: e });
  }
  return changes;
}

/** Files currently in the ledger (not gone) for one asset. */
export function liveCount(entries: readonly LedgerEntry[], assetId: string): number {
  let n = 0;
  for (const e of entries) if (e.assetId === assetId && e.goneAt === undefined) n++;
  return n;
}
