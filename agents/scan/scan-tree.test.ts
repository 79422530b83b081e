import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTree, type ScanResult } from './scan-tree.js';
import { A, buildCorpus, type Expected } from './test-utils/corpus.js';

let root: string;
let expected: Map<string, Expected>;
let skipped: Map<string, string>;
let result: ScanResult;

beforeAll(async () => {
  ({ root, expected, skipped } = await buildCorpus());
  result = await scanTree(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scanTree on the corpus', () => {
  it('lists exactly the files holding numbers, with exact counts and confidence', () => {
    const got = Object.fromEntries(result.files.map((f) => [f.path, { myNumberCount: f.myNumberCount, occurrences: f.occurrences, confidence: f.confidence }]));
    expect(got).toEqual(Object.fromEntries(expected));
  });

  it('reports every skipped file with its reason', () => {
    const got = Object.fromEntries(result.skipped.map((s) => [s.path, s.reason]));
    expect(got).toEqual(Object.fromEntries(skipped));
  });

  it('detects each encoding and format', () => {
    const byPath = new Map(result.files.map((f) => [f.path, f]));
    expect(byPath.get('shift_jis/名簿.csv')?.encoding).toBe('shift_jis');
    expect(byPath.get('utf16/le-nobom.txt')?.encoding).toBe('utf-16le');
    expect(byPath.get('utf16/be-nobom.txt')?.encoding).toBe('utf-16be');
    expect(byPath.get('office/numeric.xlsx')?.format).toBe('xlsx');
    expect(byPath.get('office/split-runs.docx')?.format).toBe('docx');
  });

  it('fills size, modified and stats', () => {
    for (const f of result.files) {
      expect(f.size).toBeGreaterThan(0);
      expect(new Date(f.modified).toISOString()).toBe(f.modified);
    }
    const { stats } = result;
    expect(stats.filesWithNumbers).toBe(expected.size);
    expect(stats.filesSkipped).toBe(skipped.size);
    expect(stats.filesScanned).toBe(expected.size + 1); // + decoys-only.txt
    expect(stats.occurrences).toBe([...expected.values()].reduce((n, e) => n + e.occurrences, 0));
    expect(stats.aborted).toBe(false);
  });
});

describe('scanTree limits and options', () => {
  it('skips by size and time, excludes by glob, and reports progress', async () => {
    const big = `番号 ${A}\n`.repeat(2_000_000);
    await writeFile(join(root, 'text', 'big.txt'), big);
    const progress: string[] = [];
    const r = await scanTree(root, { maxFileBytes: 10_000_000, exclude: ['skip', 'office/*.xlsx', '**/*.csv'], onProgress: (p) => progress.push(p.current) });
    expect(r.skipped).toEqual([{ path: 'text/big.txt', reason: 'too_large', size: Buffer.byteLength(big) }]);
    expect(r.files.map((f) => f.path).filter((p) => p.endsWith('.xlsx') || p.endsWith('.csv') || p.startsWith('skip/'))).toEqual([]);
    expect(progress).toContain('text/utf8.txt');
    const slow = await scanTree(join(root, 'text'), { maxFileMs: 1 });
    expect(slow.skipped.find((s) => s.path === 'big.txt')?.reason).toBe('timeout');
    await rm(join(root, 'text', 'big.txt'));
  });

  it('stops when aborted and says so', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await scanTree(root, { signal: ac.signal });
    expect(r.stats.aborted).toBe(true);
    expect(r.stats.filesScanned).toBe(0);
  });

  it('fails on a root that is not a readable folder', async () => {
    await expect(scanTree(join(root, 'nope'))).rejects.toMatchObject({ code: 'ROOT_UNREADABLE' });
    await expect(scanTree(join(root, 'text', 'utf8.txt'))).rejects.toMatchObject({ code: 'ROOT_NOT_DIRECTORY' });
  });
});
