import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANCHOR_FILE } from './anchor.js';
import { Journal } from './journal.js';
import { collect, segmentFiles, tempDir } from './test-utils/journal-dir.js';
import { verifyJournal } from './verify.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Ten days of records, one segment a day (local noon of day d of April 2025). */
async function tenDays(): Promise<{ dir: string; clock: { now: Date } }> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const clock = { now: new Date(2025, 3, 1, 12) };
  const j = await Journal.open(t.dir, { now: () => clock.now });
  for (let d = 1; d <= 10; d++) {
    clock.now = new Date(2025, 3, d, 12);
    await j.append(Array.from({ length: 5 }, (_, i) => ({ src: d === 1 && i === 0 ? 'ag-gone' : `ag-${d % 2}`, kind: 'k', aseq: d * 10 + i, data: { d } })));
  }
  await j.close();
  return { dir: t.dir, clock };
}

describe('journal retention', () => {
  it('removes whole old segments, journals the prune, and the chain still verifies from the anchor', async () => {
    const { dir, clock } = await tenDays();
    const j = await Journal.open(dir, { now: () => clock.now });
    const r = await j.prune(new Date(2025, 3, 5));
    expect(r).toEqual({ segments: 4, records: 20, firstSeq: 21 });
    await j.close();
    expect((await segmentFiles(dir)).length).toBe(6);
    const v = await verifyJournal(dir);
    expect(v).toMatchObject({ ok: true, prunedBefore: 21, lastSeq: 51 });

    // Reopen: appends continue the chain, and per-source high-water marks from pruned records survive.
    const again = await Journal.open(dir, { now: () => clock.now });
    expect(again.maxAseq('ag-1')).toBe(94);
    expect(again.maxAseq('ag-gone')).toBe(10);
    const pruned = await collect(again.query({ kind: 'journal.pruned' }));
    expect(pruned[0]!.data).toMatchObject({ segments: 4, records: 20, anchorSeq: 21 });
    await again.append([{ src: 'system', kind: 'after', data: {} }]);
    await again.close();
    expect((await verifyJournal(dir)).ok).toBe(true);
  });

  it('keeps the last sealed segment and the active one even when everything is old', async () => {
    const { dir, clock } = await tenDays();
    const j = await Journal.open(dir, { now: () => clock.now });
    await j.prune(new Date(2030, 0, 1));
    await j.close();
    expect((await segmentFiles(dir)).length).toBe(2);
    expect((await verifyJournal(dir)).ok).toBe(true);
    const reopened = await Journal.open(dir, { now: () => clock.now });
    expect(reopened.lastSeq).toBe(51);
    await reopened.close();
  });

  it('detects segments removed without a prune record, and a forged anchor', async () => {
    const { dir, clock } = await tenDays();
    const j = await Journal.open(dir, { now: () => clock.now });
    await j.prune(new Date(2025, 3, 3));
    await j.close();
    const files = await segmentFiles(dir);
    // Someone deletes one more day and moves the anchor to hide it.
    const victim = files[0]!;
    const lines = (await readFile(join(dir, victim), 'utf8')).trim().split('\n');
    const last = JSON.parse(lines.at(-1)!) as { seq: number; h: string };
    await unlink(join(dir, victim));
    const anchor = JSON.parse(await readFile(join(dir, ANCHOR_FILE), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, ANCHOR_FILE), JSON.stringify({ ...anchor, firstSeq: last.seq + 1, prevHash: last.h }));
    const v = await verifyJournal(dir);
    expect(v.ok).toBe(false);
    expect(v.firstBroken?.reason).toMatch(/no journal.pruned record accounts for it/);
  });
});
