import { describe, expect, it } from 'vitest';
import type { ScanCompletedData, ScanFileData } from '../../protocol/wire.js';
import { applyScanCompleted, applyScanFile, liveCount } from './ledger-apply.js';
import type { LedgerEntry } from './ledger-schema.js';

const file = (scanId: string, path: string, count = 1, root = '/home/a/Documents'): ScanFileData => ({
  scanId,
  root,
  path,
  myNumberCount: count,
  occurrences: count,
  confidence: 'high',
  size: 100,
  modified: '2026-01-01T00:00:00.000Z',
});
const done = (scanId: string, files: number, extra: Partial<ScanCompletedData> = {}): ScanCompletedData => ({
  scanId,
  root: '/home/a/Documents',
  complete: true,
  files,
  stats: { filesScanned: 5, bytesScanned: 500, filesWithNumbers: files, filesSkipped: 0, occurrences: files, durationMs: 3, startedAt: '2026-01-01T00:00:00.000Z', aborted: false },
  skipped: {},
  kept: [],
  ...extra,
});

/** Two files found by scan s1. */
function seeded(): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  applyScanFile(entries, 'pc1', 'host1', file('scan-0001', 'a.csv'), 't1');
  applyScanFile(entries, 'pc1', 'host1', file('scan-0001', 'sub/b.xlsx', 4), 't1');
  applyScanCompleted(entries, 'pc1', done('scan-0001', 2), 't1');
  return entries;
}

describe('ledger rules', () => {
  it('a new file is found once; seeing it again updates it without a change', () => {
    const entries: LedgerEntry[] = [];
    expect(applyScanFile(entries, 'pc1', 'host1', file('scan-0001', 'a.csv'), 't1')?.kind).toBe('mynumber.file_found');
    expect(applyScanFile(entries, 'pc1', 'host1', file('scan-0002', 'a.csv', 3), 't2')).toBeNull();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ count: 3, firstSeen: 't1', lastSeen: 't2', scanId: 'scan-0002' });
  });

  it('a complete scan that does not report a file marks it gone; a later sighting finds it again', () => {
    const entries = seeded();
    applyScanFile(entries, 'pc1', 'host1', file('scan-0002', 'a.csv'), 't2');
    const changes = applyScanCompleted(entries, 'pc1', done('scan-0002', 1), 't2');
    expect(changes.map((c) => [c.kind, c.entry.path])).toEqual([['mynumber.file_gone', 'sub/b.xlsx']]);
    expect(liveCount(entries, 'pc1')).toBe(1);
    // Applying the same completion again changes nothing more.
    expect(applyScanCompleted(entries, 'pc1', done('scan-0002', 1), 't2')).toEqual([]);
    const back = applyScanFile(entries, 'pc1', 'host1', file('scan-0003', 'sub/b.xlsx'), 't3');
    expect(back?.kind).toBe('mynumber.file_found');
    expect(back?.entry.goneAt).toBeUndefined();
    expect(back?.entry.firstSeen).toBe('t1');
  });

  it('proves nothing when the scan was aborted, incomplete, failed, or its file events did not all arrive', () => {
    for (const extra of [
      { complete: false },
      { stats: { ...done('x', 0).stats, aborted: true } },
      { error: 'ROOT_UNREADABLE' },
    ]) {
      const entries = seeded();
      expect(applyScanCompleted(entries, 'pc1', done('scan-0002', 0, extra), 't2')).toEqual([]);
    }
    const entries = seeded();
    // The scan says it sent one file event, but none arrived (a spool overflow, say).
    expect(applyScanCompleted(entries, 'pc1', done('scan-0002', 1), 't2')).toEqual([]);
    expect(liveCount(entries, 'pc1')).toBe(2);
  });

  it('keeps entries under skipped paths that may hide a finding', () => {
    const entries = seeded();
    expect(applyScanCompleted(entries, 'pc1', done('scan-0002', 0, { kept: ['sub'] }), 't2').map((c) => c.entry.path)).toEqual(['a.csv']);
    const all = seeded();
    expect(applyScanCompleted(all, 'pc1', done('scan-0002', 0, { kept: ['.'] }), 't2')).toEqual([]);
    const prefix = seeded();
    // "su" is not a folder above "sub/b.xlsx".
    expect(applyScanCompleted(prefix, 'pc1', done('scan-0002', 0, { kept: ['su'] }), 't2')).toHaveLength(2);
  });

  it('touches only the same asset and root', () => {
    const entries = seeded();
    applyScanFile(entries, 'pc2', 'host2', file('scan-0009', 'a.csv'), 't1');
    applyScanFile(entries, 'pc1', 'host1', file('scan-0008', 'c.txt', 1, '/srv/share'), 't1');
    const changes = applyScanCompleted(entries, 'pc1', done('scan-0002', 0), 't2');
    expect(changes.map((c) => `${c.entry.assetId}:${c.entry.root}:${c.entry.path}`).sort()).toEqual(['pc1:/home/a/Documents:a.csv', 'pc1:/home/a/Documents:sub/b.xlsx']);
    expect(liveCount(entries, 'pc2')).toBe(1);
    expect(liveCount(entries, 'pc1')).toBe(1);
  });
});
