import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCompletedData, ScanFileData } from '../../protocol/wire.js';
import { scanTree, type ScanResult } from '../scan/scan-tree.js';
import { failedScanEvent, mayHideFinding, scanEvents } from './scan-events.js';

const NUMBER = '123456789018';
let root: string;
let result: ScanResult;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'mamori-scanev-')));
  await writeFile(join(root, 'staff.csv'), `氏名,個人番号\n山田,${NUMBER}\n`);
  await mkdir(join(root, 'sub'));
  await writeFile(join(root, 'sub', 'list.txt'), `${NUMBER} 987654321093\n`);
  await writeFile(join(root, 'plain.txt'), 'no numbers\n');
  await writeFile(join(root, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)]));
  await writeFile(join(root, 'bin.dat'), Buffer.from([0, 1, 2, 3, 0, 0]));
  result = await scanTree(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scanEvents', () => {
  it('sends one scan.file per file with numbers, then scan.completed, all valid on the wire', () => {
    const items = scanEvents(result, 'scan-abcdefgh');
    expect(items.map((i) => i.kind)).toEqual(['scan.file', 'scan.file', 'scan.completed']);
    const files = items.slice(0, 2).map((i) => ScanFileData.parse(i.data));
    expect(files.map((f) => [f.path, f.myNumberCount, f.confidence])).toEqual([
      ['staff.csv', 1, 'high'],
      ['sub/list.txt', 2, 'low'],
    ]);
    expect(files.every((f) => f.root === root && f.scanId === 'scan-abcdefgh')).toBe(true);
    const done = ScanCompletedData.parse(items[2]!.data);
    expect(done).toMatchObject({ complete: true, files: 2, root });
    expect(done.skipped).toEqual({ binary: 1, corrupt: 1 });
    // A corrupt xlsx may still hold what it held: its ledger entry must stay.
    expect(done.kept).toEqual(['broken.xlsx']);
  });

  it('never carries a number', () => {
    const text = JSON.stringify(scanEvents(result, 'scan-abcdefgh'));
    expect(text).not.toContain(NUMBER);
    expect(text).not.toContain('987654321093');
  });

  it('marks an aborted scan incomplete, so the box marks nothing gone', () => {
    const aborted: ScanResult = { ...result, stats: { ...result.stats, aborted: true } };
    const done = ScanCompletedData.parse(scanEvents(aborted, 'scan-abcdefgh').at(-1)!.data);
    expect(done.complete).toBe(false);
    expect(done.kept).toEqual([]);
  });

  it('leaves out a file whose path cannot travel and says the scan is incomplete', () => {
    const long: ScanResult = { ...result, files: [{ ...result.files[0]!, path: 'x/'.repeat(3000) }] };
    const items = scanEvents(long, 'scan-abcdefgh');
    expect(items.map((i) => i.kind)).toEqual(['scan.completed']);
    expect(ScanCompletedData.parse(items[0]!.data)).toMatchObject({ complete: false, files: 0 });
  });

  it('names the skips that may hide a finding', () => {
    expect(mayHideFinding({ path: 'a.xlsx', reason: 'unsupported_format' })).toBe(true);
    expect(mayHideFinding({ path: 'a.pdf', reason: 'unsupported_format' })).toBe(false);
    expect(mayHideFinding({ path: 'big.csv', reason: 'too_large' })).toBe(true);
    expect(mayHideFinding({ path: 'link', reason: 'symlink' })).toBe(false);
  });

  it('reports a root that could not be scanned as a failed, incomplete scan', () => {
    expect(ScanCompletedData.parse(failedScanEvent('/nope', 'scan-abcdefgh', 'ROOT_UNREADABLE').data)).toMatchObject({ complete: false, error: 'ROOT_UNREADABLE', files: 0 });
  });
});
