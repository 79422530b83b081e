import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.js';
import { readIndex } from './segment-files.js';
import { collect, segmentFiles, tempDir } from './test-utils/journal-dir.js';
import { verifyJournal } from './verify.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function fresh(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
/** Local noon of day d of April 2025, plus `min` minutes. */
const at = (d: number, min = 0) => new Date(2025, 3, d, 12, min);

describe('segment roll', () => {
  it('rolls by size: no segment passes maxSegmentBytes, each sealed one has an index', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir, { maxSegmentBytes: 4096 });
    for (let i = 0; i < 500; i++) void j.append([{ src: `ag-${i % 3}`, kind: 'k', aseq: i, data: { pad: 'y'.repeat(i % 90) } }]);
    await j.close();
    const files = await segmentFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    let expectFirst = 1;
    for (const f of files) {
      expect((await stat(join(dir, f))).size).toBeLessThanOrEqual(4096);
      const idx = await readIndex(dir, f);
      expect(idx).not.toBeNull();
      expect(idx!.firstSeq).toBe(expectFirst);
      expect(f.startsWith(String(expectFirst).padStart(16, '0') + '-')).toBe(true);
      expect(idx!.bytes).toBe((await stat(join(dir, f))).size);
      expect(Object.keys(idx!.sources).sort()).toEqual(['ag-0', 'ag-1', 'ag-2']);
      expectFirst = idx!.lastSeq + 1;
    }
    expect(expectFirst).toBe(501);
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, count: 500 });
  });

  it('rolls when the local date changes, and names the segment by that date', async () => {
    const dir = await fresh();
    let now = at(1);
    const j = await Journal.open(dir, { now: () => now });
    await j.append([{ src: 'system', kind: 'a', data: {} }]);
    now = at(1, 30);
    await j.append([{ src: 'system', kind: 'b', data: {} }]);
    now = at(2);
    await j.append([{ src: 'system', kind: 'c', data: {} }]);
    await j.close();
    expect(await segmentFiles(dir)).toEqual(['0000000000000001-20250401.jsonl', '0000000000000003-20250402.jsonl']);
    // Reopened on a later day, the first append starts a new segment.
    now = at(4);
    const k = await Journal.open(dir, { now: () => now });
    await k.append([{ src: 'system', kind: 'd', data: {} }]);
    await k.close();
    expect((await segmentFiles(dir)).at(-1)).toBe('0000000000000004-20250404.jsonl');
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, count: 4 });
  });
});

describe('query', () => {
  async function tenDays(): Promise<{ dir: string; j: Journal }> {
    const dir = await fresh();
    let now = at(1);
    const j = await Journal.open(dir, { now: () => now });
    for (let d = 1; d <= 10; d++) {
      for (let m = 0; m < 50; m++) {
        now = at(d, m);
        // now() is read synchronously by append(), so the appends need not wait for each other.
        void j.append([{ src: d % 2 ? 'ag-odd' : 'ag-even', kind: `day.${d}`, aseq: d * 100 + m, data: { d, m } }]);
      }
    }
    await j.flushed();
    return { dir, j };
  }

  it('since/until opens only the segments of that time range', async () => {
    const { dir, j } = await tenDays();
    const recs = await collect(j.query({ since: at(4, 10), until: at(4, 20) }));
    expect(recs.map((r) => (r.data as { m: number }).m)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(j.lastQueryStats).toMatchObject({ segmentsTotal: 10, segmentsOpened: 1 });

    const two = await collect(j.query({ since: at(6, 49), until: at(7, 1) }));
    expect(two.map((r) => r.kind)).toEqual(['day.6', 'day.7']);
    expect(j.lastQueryStats.segmentsOpened).toBe(2);
    await j.close();

    // Same after reopen, where sealed segments are judged by their index files.
    const k = await Journal.open(dir);
    await collect(k.query({ since: at(4, 10), until: at(4, 20) }));
    expect(k.lastQueryStats.segmentsOpened).toBe(1);
    await k.close();
  });

  it('skips segments without the requested source; seq bounds skip by name', async () => {
    const { j } = await tenDays();
    const recs = await collect(j.query({ src: 'ag-even', kind: 'day.4' }));
    expect(recs).toHaveLength(50);
    expect(j.lastQueryStats.segmentsOpened).toBe(5);
    // Day 3 holds seqs 101..150.
    expect((await collect(j.query({ afterSeq: 120, beforeSeq: 150 }))).map((r) => r.seq)).toEqual(range(121, 149));
    expect(j.lastQueryStats.segmentsOpened).toBe(1);
    expect((await collect(j.query({ afterSeq: 120, beforeSeq: 160 }))).map((r) => r.seq)).toEqual(range(121, 159));
    expect(j.lastQueryStats.segmentsOpened).toBe(2);
    await j.close();
  });

  it("'desc' returns the latest first and stops early", async () => {
    const { j } = await tenDays();
    const latest = await collect(j.query({ order: 'desc', limit: 3 }));
    expect(latest.map((r) => r.seq)).toEqual([500, 499, 498]);
    expect(j.lastQueryStats).toMatchObject({ segmentsOpened: 1, recordsReturned: 3 });
    const all = await collect(j.query({ order: 'desc' }));
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => 500 - i));
    const page = await collect(j.query({ order: 'desc', beforeSeq: 101, limit: 5, src: 'ag-even' }));
    expect(page.map((r) => r.seq)).toEqual([100, 99, 98, 97, 96]);
    await j.close();
  });

  it('counts records per local day from names and indexes, without opening segments', async () => {
    const { j } = await tenDays();
    await j.append([{ src: 'system', kind: 'extra', data: {} }]); // still on day 10
    const counts = await j.countsByDay(at(8));
    expect(counts).toEqual([
      { day: '2025-04-08', count: 50 },
      { day: '2025-04-09', count: 50 },
      { day: '2025-04-10', count: 51 },
    ]);
    await j.close();
  });
});
