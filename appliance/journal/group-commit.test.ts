import type { FileHandle } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isMamoriError } from '../errors/mamori-error.js';
import { Journal } from './journal.js';
import { allRecords, collect, recordingLogger, tempDir } from './test-utils/journal-dir.js';
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
const tick = () => new Promise((r) => setTimeout(r, 1));

describe('group commit', () => {
  it('many concurrent appends share few fsyncs', async () => {
    const dir = await fresh();
    const j = await Journal.open(dir, { commitIntervalMs: 20 });
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 400; i++) {
      pending.push(j.append([{ src: 'ag-a', kind: 'k', aseq: i + 1, data: { i } }]));
      if (i % 20 === 0) await tick(); // spread over several event-loop turns
    }
    await Promise.all(pending);
    expect(j.fsyncCount).toBeGreaterThan(0);
    expect(j.fsyncCount).toBeLessThan(40);
    await j.close();
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, count: 400 });
  });

  it('acknowledges a batch only after the fsync that covers it', async () => {
    const dir = await fresh();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const synced: number[] = [];
    const j = await Journal.open(dir, {
      syncFile: async (fh: FileHandle) => {
        await gate;
        await fh.datasync();
        synced.push(j.lastSeq);
      },
    });
    let acked = false;
    const p = j.append([{ src: 'system', kind: 'a', data: {} }]).then(() => (acked = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(acked).toBe(false);
    expect(j.durableSeq).toBe(0);
    // Written but not yet fsynced: queries do not show it either.
    expect(await collect(j.query({}))).toEqual([]);
    expect(await collect(j.query({ order: 'desc' }))).toEqual([]);
    release();
    await p;
    expect(synced).toEqual([1]);
    expect((await collect(j.query({}))).map((r) => r.seq)).toEqual([1]);
    expect(j.durableSeq).toBe(1);
    await j.close();
  });

  it('a failed fsync is fatal: pending appends reject, later appends throw, nothing is acked', async () => {
    const dir = await fresh();
    const { log, lines } = recordingLogger();
    let fail = false;
    const j = await Journal.open(dir, {
      log,
      syncFile: async (fh) => {
        if (fail) throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
        await fh.datasync();
      },
    });
    await j.append([{ src: 'system', kind: 'ok', data: {} }]);
    fail = true;
    const p = j.append([{ src: 'system', kind: 'lost', data: {} }]);
    await expect(p).rejects.toSatisfy((e) => isMamoriError(e, 'INTERNAL') && (e as Error).cause instanceof Error);
    await expect(j.flushed()).rejects.toThrow(/fsync failed/);
    expect(() => j.append([{ src: 'system', kind: 'after', data: {} }])).toThrow(/fsync failed/);
    expect(j.durableSeq).toBe(1);
    expect(lines.some((l) => l.includes('level=error') && l.includes('journal write failed'))).toBe(true);
    await j.close();
    // The record whose fsync failed may or may not be on disk; whatever is there still chains.
    expect((await allRecords(dir)).length).toBeGreaterThanOrEqual(1);
    expect((await verifyJournal(dir)).ok).toBe(true);
  });
});
