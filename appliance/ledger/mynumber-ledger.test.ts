import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyScanFile } from './ledger-apply.js';
import { MyNumberLedger } from './mynumber-ledger.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function dataDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'mamori-ledger-'));
  dirs.push(d);
  return d;
}
const report = (path: string) => ({ scanId: 'scan-0001', root: '/r', path, myNumberCount: 2, occurrences: 2, confidence: 'low' as const, size: 1, modified: 'm' });

describe('MyNumberLedger', () => {
  it('starts empty, persists every update, and reads it back after a restart', async () => {
    const dir = await dataDir();
    const ledger = await MyNumberLedger.open(dir);
    expect(ledger.entries()).toEqual([]);
    await ledger.update((entries) => ({ result: applyScanFile(entries, 'pc1', 'h', report('a.csv'), 't1'), changed: true }));
    const again = await MyNumberLedger.open(dir);
    expect(again.entries()).toMatchObject([{ assetId: 'pc1', host: 'h', root: '/r', path: 'a.csv', count: 2, confidence: 'low', firstSeen: 't1' }]);
    expect(again.liveCount('pc1')).toBe(1);
    expect(JSON.parse(await readFile(again.file, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('runs concurrent updates one after another: none is lost', async () => {
    const ledger = await MyNumberLedger.open(await dataDir());
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => ledger.update((entries) => ({ result: applyScanFile(entries, `pc${i % 3}`, 'h', report(`f${i}.csv`), 't'), changed: true }))),
    );
    const reread = await MyNumberLedger.open(join(ledger.file, '..', '..'));
    expect(reread.entries()).toHaveLength(50);
  });

  it('hands out copies and filters by asset and by gone', async () => {
    const ledger = await MyNumberLedger.open(await dataDir());
    await ledger.update((entries) => {
      applyScanFile(entries, 'pc1', 'h', report('a.csv'), 't');
      applyScanFile(entries, 'pc2', 'h', report('b.csv'), 't');
      entries[1]!.goneAt = 't2';
      return { result: null, changed: true };
    });
    ledger.entries()[0]!.count = 99;
    expect(ledger.entries({ assetId: 'pc1' })[0]!.count).toBe(2);
    expect(ledger.entries({ includeGone: false }).map((e) => e.path)).toEqual(['a.csv']);
    expect(ledger.entries().map((e) => e.path)).toEqual(['a.csv', 'b.csv']);
  });

  it('refuses a damaged file with the field named, instead of starting empty', async () => {
    const dir = await dataDir();
    await MyNumberLedger.open(dir);
    await writeFile(join(dir, 'ledger', 'mynumber-files.json'), JSON.stringify({ version: 1, entries: [{ assetId: 'pc1' }] }));
    await expect(MyNumberLedger.open(dir)).rejects.toThrow(/entries\[0\]\.host/);
  });
});
