import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.js';
import { segmentFiles, tempDir } from './test-utils/journal-dir.js';
import { verifyJournal } from './verify.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function journalOf(n: number, maxSegmentBytes?: number): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const j = await Journal.open(t.dir, { maxSegmentBytes });
  for (let i = 0; i < n; i++) void j.append([{ src: 'ag-a', kind: 'k', aseq: i + 1, data: { i, pad: 'x'.repeat(i % 50) } }]);
  await j.close();
  return t.dir;
}

/** Which record (1-based seq) holds byte `off` of a single-segment journal. */
function seqAt(text: Buffer, off: number): number {
  let seq = 1;
  for (let i = 0; i < off; i++) if (text[i] === 0x0a) seq++;
  return seq;
}

describe('verifyJournal', () => {
  it('passes across segments and counts every record', async () => {
    const dir = await journalOf(300, 2000);
    expect((await segmentFiles(dir)).length).toBeGreaterThan(5);
    expect(await verifyJournal(dir)).toEqual({ ok: true, count: 300, lastSeq: 300 });
  });

  it('names the record holding a flipped byte, for any byte of the file', async () => {
    const dir = await journalOf(60);
    const file = join(dir, (await segmentFiles(dir))[0]!);
    const original = await readFile(file);
    // Several positions, including the middle of the file, a seq digit, a newline and the h field.
    const middle = Math.floor(original.length / 2);
    const positions = [middle, middle + 1, 8, original.indexOf(0x0a, middle), original.length - 10];
    for (const off of positions) {
      const bad = Buffer.from(original);
      bad[off] = bad[off]! ^ 0x01;
      await writeFile(file, bad);
      const r = await verifyJournal(dir);
      expect(r.ok).toBe(false);
      expect(r.firstBroken?.seq).toBe(seqAt(original, off));
      expect(r.firstBroken?.segment).toBe((await segmentFiles(dir))[0]);
      expect(r.count).toBe(seqAt(original, off) - 1);
    }
  });

  it('notices a missing segment (chain and seq gap across files)', async () => {
    const dir = await journalOf(200, 1500);
    const files = await segmentFiles(dir);
    await rename(join(dir, files[2]!), join(dir, files[2]! + '.moved'));
    const r = await verifyJournal(dir);
    expect(r.ok).toBe(false);
    expect(r.firstBroken?.segment).toBe(files[3]);
    expect(r.firstBroken?.reason).toMatch(/first seq/);
  });

  it('reports a journal folder that does not exist', async () => {
    await expect(verifyJournal('/nonexistent/mamori/journal')).rejects.toThrow(/no journal folder/);
  });
});
