import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isMamoriError } from '../errors/mamori-error.js';
import { Journal } from './journal.js';
import { GENESIS_HASH, sealBody } from './record.js';
import { allRecords, collect, segmentFiles, tempDir } from './test-utils/journal-dir.js';
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

describe('Journal', () => {
  it('appends, reads back and verifies the chain; seq/ts/h are assigned synchronously in call order', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir, { now: () => new Date('2025-04-01T01:02:03.004Z') });
    const p1 = j.append([{ src: 'system', kind: 'daemon.start', data: { v: 1 } }]);
    const p2 = j.append([
      { src: 'ag-0123456789abcdef0123', kind: 'usb.insert', aseq: 7, data: { dev: 'USB 日本語' } },
      { src: 'admin:taro', kind: 'policy.set', data: {} },
    ]);
    expect(j.lastSeq).toBe(3);
    const [r1, r2] = await Promise.all([p1, p2]);
    expect(r1.map((r) => r.seq)).toEqual([1]);
    expect(r2.map((r) => r.seq)).toEqual([2, 3]);
    await j.close();

    const onDisk = await allRecords(dir);
    expect(onDisk).toEqual([...r1, ...r2]);
    expect(onDisk[1]).toMatchObject({ ts: '2025-04-01T01:02:03.004Z', aseq: 7, data: { dev: 'USB 日本語' } });
    // Key order and hash are exactly the documented format.
    const text = (await readFile(join(dir, (await segmentFiles(dir))[0]!), 'utf8')).split('\n');
    expect(text[0]).toBe(
      sealBody(GENESIS_HASH, '{"seq":1,"ts":"2025-04-01T01:02:03.004Z","src":"system","kind":"daemon.start","data":{"v":1}}').line.trimEnd(),
    );
    expect(text[1]!.startsWith('{"seq":2,"ts":"2025-04-01T01:02:03.004Z","src":"ag-0123456789abcdef0123","kind":"usb.insert","aseq":7,"data":')).toBe(true);
    expect(await verifyJournal(dir)).toEqual({ ok: true, count: 3, lastSeq: 3 });
  });

  it('continues the chain after reopen', async () => {
    const dir = await fresh();
    let j = await Journal.open(dir);
    await j.append([{ src: 'system', kind: 'a', data: {} }]);
    await j.close();
    await j.close(); // idempotent
    j = await Journal.open(dir);
    expect(j.lastSeq).toBe(1);
    const [r] = await j.append([{ src: 'system', kind: 'b', data: {} }]);
    expect(r!.seq).toBe(2);
    await j.close();
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, count: 2 });
  });

  it('rejects a bad input without consuming a seq', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir);
    await j.append([{ src: 'system', kind: 'a', data: {} }]);
    expect(() => j.append([{ src: 'system', kind: 'b', data: {} }, { src: '', kind: 'c', data: {} }])).toThrow(/src and kind/);
    expect(() => j.append([{ src: 'system', kind: 'b', data: { n: 1n } }])).toThrow(/BigInt/);
    expect(() => j.append([{ src: 'ag-x', kind: 'b', aseq: -1, data: {} }])).toThrow(/aseq/);
    const [r] = await j.append([{ src: 'system', kind: 'd', data: {} }]);
    expect(r!.seq).toBe(2);
    await j.close();
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, count: 2 });
    expect(() => j.append([{ src: 'system', kind: 'e', data: {} }])).toThrow(/closed/);
  });

  it('keeps maxAseq per source across a clean reopen and across a crash (no index for the active segment)', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir, { maxSegmentBytes: 600 });
    for (let a = 1; a <= 20; a++) {
      void j.append([{ src: a % 2 ? 'ag-odd' : 'ag-even', kind: 'x', aseq: a * 10, data: { a } }]);
    }
    void j.append([{ src: 'ag-odd', kind: 'x', aseq: 5, data: {} }]); // lower than before: max stays
    expect(j.maxAseq('ag-odd')).toBe(190);
    expect(j.maxAseq('ag-none')).toBe(0);
    await j.flushed();
    expect((await segmentFiles(dir)).length).toBeGreaterThan(3);

    // A crash: copy the folder while the journal is still open (all acked data is durable there).
    const crashed = await fresh();
    await cp(dir, crashed, { recursive: true });
    await j.close();

    for (const d of [dir, crashed]) {
      const k = await Journal.open(d);
      expect(k.maxAseq('ag-odd')).toBe(190);
      expect(k.maxAseq('ag-even')).toBe(200);
      expect(k.maxAseq('ag-none')).toBe(0);
      expect(k.lastSeq).toBe(21);
      await k.close();
    }
  });

  it('notifies subscribers after the fsync with the newly durable records', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir);
    const seen: number[][] = [];
    const off = j.subscribe((recs) => {
      expect(j.durableSeq).toBeGreaterThanOrEqual(recs.at(-1)!.seq);
      seen.push(recs.map((r) => r.seq));
    });
    await j.append([{ src: 'system', kind: 'a', data: {} }, { src: 'system', kind: 'b', data: {} }]);
    off();
    await j.append([{ src: 'system', kind: 'c', data: {} }]);
    expect(seen).toEqual([[1, 2]]);
    await j.close();
  });

  it('queries by src and kind (exact, "x." and "x.*" prefixes)', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir);
    await j.append([
      { src: 'ag-a', kind: 'usb.insert', data: {} },
      { src: 'ag-b', kind: 'usb.remove', data: {} },
      { src: 'ag-a', kind: 'usbx', data: {} },
      { src: 'system', kind: 'usb', data: {} },
    ]);
    const seqs = async (q: Parameters<Journal['query']>[0]) => (await collect(j.query(q))).map((r) => r.seq);
    expect(await seqs({ kind: 'usb.' })).toEqual([1, 2]);
    expect(await seqs({ kind: 'usb.*' })).toEqual([1, 2]);
    expect(await seqs({ kind: 'usb' })).toEqual([4]);
    expect(await seqs({ src: 'ag-a' })).toEqual([1, 3]);
    expect(await seqs({ afterSeq: 1, beforeSeq: 4 })).toEqual([2, 3]);
    expect(await seqs({ order: 'desc', limit: 2 })).toEqual([4, 3]);
    await j.close();
  });

  it('a closed journal refuses appends with a typed error', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir);
    await j.close();
    try {
      j.append([{ src: 'system', kind: 'a', data: {} }]);
      expect.unreachable();
    } catch (e) {
      expect(isMamoriError(e, 'INTERNAL')).toBe(true);
    }
  });
});
