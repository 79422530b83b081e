import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.js';
import { allRecords, recordingLogger, segmentFiles, tempDir } from './test-utils/journal-dir.js';
import { verifyJournal } from './verify.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function journalOf(n: number, maxSegmentBytes?: number): Promise<{ dir: string; last: string }> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const j = await Journal.open(t.dir, { maxSegmentBytes });
  for (let i = 0; i < n; i++) void j.append([{ src: 'ag-a', kind: 'k', aseq: i + 1, data: { i } }]);
  await j.close();
  return { dir: t.dir, last: join(t.dir, (await segmentFiles(t.dir)).at(-1)!) };
}

async function reopenAndAppend(dir: string): Promise<{ lines: string[]; seq: number }> {
  const { log, lines } = recordingLogger();
  const j = await Journal.open(dir, { log });
  const [r] = await j.append([{ src: 'ag-a', kind: 'after', aseq: 1000, data: {} }]);
  await j.close();
  return { lines, seq: r!.seq };
}

describe('torn tail at open', () => {
  it('cuts a last line truncated mid-way, logs it, and appends continue on a valid chain', async () => {
    const { dir, last } = await journalOf(30);
    const size = (await stat(last)).size;
    await truncate(last, size - 25);
    const { lines, seq } = await reopenAndAppend(dir);
    const warn = lines.find((l) => l.includes('journal tail repaired'));
    expect(warn).toMatch(/level=warn/);
    expect(warn).toMatch(/linesCut=1/);
    expect(warn).toMatch(/bytesCut=\d+/);
    expect(seq).toBe(30);
    expect(await verifyJournal(dir)).toEqual({ ok: true, count: 30, lastSeq: 30 });
  });

  it('cuts NUL-filled blocks after power loss (with and without a partial record before them)', async () => {
    for (const partial of [false, true]) {
      const { dir, last } = await journalOf(30);
      if (partial) await truncate(last, (await stat(last)).size - 40);
      await appendFile(last, Buffer.alloc(4096 * 2));
      const { lines, seq } = await reopenAndAppend(dir);
      expect(lines.some((l) => l.includes('journal tail repaired'))).toBe(true);
      expect(seq).toBe(partial ? 30 : 31);
      expect((await verifyJournal(dir)).ok).toBe(true);
    }
  });

  it('cuts a NUL block that ends in a newline too (not only unterminated garbage)', async () => {
    const { dir, last } = await journalOf(10);
    await appendFile(last, Buffer.concat([Buffer.alloc(100), Buffer.from('\n')]));
    const { seq } = await reopenAndAppend(dir);
    expect(seq).toBe(11);
    expect((await verifyJournal(dir)).ok).toBe(true);
  });

  it('removes a segment that was torn down to nothing and continues from the previous one', async () => {
    const { dir, last } = await journalOf(200, 1500);
    const before = await segmentFiles(dir);
    const firstSeqOfLast = Number(before.at(-1)!.slice(0, 16));
    await writeFile(last, '{"seq":' + firstSeqOfLast + ',"ts":"2025');
    const { lines, seq } = await reopenAndAppend(dir);
    expect(lines.some((l) => l.includes('journal tail repaired'))).toBe(true);
    expect(seq).toBe(firstSeqOfLast);
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, lastSeq: firstSeqOfLast });
  });

  it('does not cut a damaged record followed by good ones: logs an error and verify names it', async () => {
    const { dir, last } = await journalOf(20);
    const text = await readFile(last);
    const lineStarts = [0];
    for (let i = 0; i < text.length - 1; i++) if (text[i] === 0x0a) lineStarts.push(i + 1);
    const bad = Buffer.from(text);
    bad[lineStarts[14]! + 3] = 0x00; // record 15 no longer parses
    await writeFile(last, bad);
    const { lines } = await reopenAndAppend(dir);
    expect(lines.some((l) => l.includes('level=error') && l.includes('journal corrupt'))).toBe(true);
    expect(lines.some((l) => l.includes('tail repaired'))).toBe(false);
    expect((await stat(last)).size).toBeGreaterThan(text.length); // nothing cut, one record added
    const r = await verifyJournal(dir);
    expect(r.firstBroken).toMatchObject({ seq: 15, line: 15 });
    expect((await allRecords(dir).catch(() => null)) === null).toBe(true); // the damaged line is still there
  });
});
