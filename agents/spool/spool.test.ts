import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentEvent, Limits } from '../../protocol/wire.js';
import { isSpoolError } from './spool-error.js';
import { OVERFLOW_KIND, Spool, type SpoolOptions } from './spool.js';

let dir: string;
let open: Spool[] = [];
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'mamori-spool-')), 'spool');
});
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
  await rm(join(dir, '..'), { recursive: true, force: true });
});

async function openSpool(options: SpoolOptions = {}): Promise<Spool> {
  const s = await Spool.open(dir, options);
  open.push(s);
  return s;
}
async function reopen(s: Spool, options: SpoolOptions = {}): Promise<Spool> {
  await s.close();
  return openSpool(options);
}
const items = (n: number, kind = 'test.tick', start = 0) => Array.from({ length: n }, (_, i) => ({ kind, data: { i: start + i } }));
const segmentFiles = async () => (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();

describe('Spool seqs', () => {
  it('numbers events from 1 in order and keeps them across a reopen', async () => {
    let s = await openSpool();
    const a = await s.add(items(3));
    const b = await s.add(items(2, 'test.other'));
    expect([...a, ...b].map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (const e of [...a, ...b]) expect(AgentEvent.safeParse(e).success).toBe(true);
    s = await reopen(s);
    expect(s.lastSeq).toBe(5);
    expect(s.pendingCount).toBe(5);
    const back = await s.pending(0, 100);
    expect(back).toEqual(JSON.parse(JSON.stringify([...a, ...b])));
    expect((await s.add(items(1)))[0]?.seq).toBe(6);
  });

  it('gives concurrent adds distinct contiguous seqs in call order', async () => {
    const s = await openSpool({ segmentBytes: 2048 });
    const results = await Promise.all(Array.from({ length: 40 }, (_, k) => s.add(items(3, 'test.c', k * 3))));
    const seqs = results.flat().map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const stored = await s.pending(0, 1000);
    expect(stored.map((e) => e.data.i)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect((await segmentFiles()).length).toBeGreaterThan(1);
  });

  it('refuses items the box would refuse, without using up a seq', async () => {
    const s = await openSpool();
    await expect(s.add([{ kind: 'Bad Kind', data: {} }])).rejects.toSatisfy((e) => isSpoolError(e, 'SPOOL_BAD_EVENT'));
    await expect(s.add([{ kind: 'test.x', data: {}, time: 'yesterday' }])).rejects.toThrow(/ISO 8601/);
    await expect(s.add([{ kind: 'test.x', data: { big: 1n } }])).rejects.toThrow(/JSON/);
    await expect(s.add([{ kind: 'test.x', data: { s: 'x'.repeat(Limits.maxEventDataBytes + 1) } }])).rejects.toThrow(/over the/);
    expect((await s.add([{ kind: 'test.x', data: {}, time: '2025-04-01T09:00:00+09:00' }]))[0]).toEqual({
      seq: 1,
      time: '2025-04-01T09:00:00+09:00',
      kind: 'test.x',
      data: {},
    });
  });
});

describe('Spool ack', () => {
  it('deletes fully acked segments, keeps the ack across reopen, ignores lower acks', async () => {
    let s = await openSpool({ segmentBytes: 500 });
    await s.add(items(30));
    const before = await segmentFiles();
    expect(before.length).toBeGreaterThan(3);
    await s.ack(20);
    const after = await segmentFiles();
    expect(after.length).toBeLessThan(before.length);
    // The first remaining segment still holds seq 21.
    expect(Number(after[0]?.slice(0, 16))).toBeLessThanOrEqual(21);
    expect(s.ackedSeq).toBe(20);
    expect(s.pendingCount).toBe(10);
    await s.ack(5);
    expect(s.ackedSeq).toBe(20);
    s = await reopen(s);
    expect(s.ackedSeq).toBe(20);
    expect(s.pendingCount).toBe(10);
    expect((await s.pending(0, 100)).map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => 21 + i));
  });

  it('keeps seqs rising after every segment was acked and deleted', async () => {
    let s = await openSpool();
    await s.add(items(7));
    await s.ack(7);
    expect(await segmentFiles()).toEqual([]);
    s = await reopen(s);
    expect(s.lastSeq).toBe(7);
    expect((await s.add(items(1)))[0]?.seq).toBe(8);
  });

  it('clamps an ack above lastSeq and reports it', async () => {
    const warnings: string[] = [];
    const s = await openSpool({ onWarning: (m) => warnings.push(m) });
    await s.add(items(3));
    await s.ack(99);
    expect(s.ackedSeq).toBe(3);
    expect(warnings.some((w) => w.includes('clamped'))).toBe(true);
    expect((await s.add(items(1)))[0]?.seq).toBe(4);
    await expect(s.ack(-1)).rejects.toSatisfy((e) => isSpoolError(e, 'SPOOL_BAD_ARGUMENT'));
  });
});

describe('Spool pending', () => {
  it('returns unacked events after afterSeq, across segments and index strides, within limits', async () => {
    // ~230 lines per segment: several index strides per segment, and several segments.
    const s = await openSpool({ segmentBytes: 16384 });
    for (let k = 0; k < 5; k++) await s.add(items(100, 'test.p', k * 100));
    expect((await segmentFiles()).length).toBeGreaterThanOrEqual(2);
    const seqsAfter = async (after: number, max: number, bytes?: number) => (await s.pending(after, max, bytes)).map((e) => e.seq);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(await seqsAfter(0, 5)).toEqual(range(1, 5));
    expect(await seqsAfter(63, 3)).toEqual(range(64, 66));
    expect(await seqsAfter(200, 3)).toEqual(range(201, 203));
    expect(await seqsAfter(130, 200)).toEqual(range(131, 330));
    expect(await seqsAfter(450, 1000)).toEqual(range(451, 500));
    expect(await seqsAfter(500, 10)).toEqual([]);
    expect(await seqsAfter(9999, 10)).toEqual([]);
    const one = await s.pending(0, 1);
    const lineBytes = JSON.stringify(one[0]).length + 1;
    expect(await seqsAfter(0, 100, lineBytes * 3)).toEqual(range(1, 3));
    // The first event is always returned, so a sender never stalls on a byte budget.
    expect(await seqsAfter(0, 100, 1)).toEqual([1]);
    await s.ack(250);
    expect(await seqsAfter(0, 3)).toEqual(range(251, 253));
    expect((await s.pending(300, 1))[0]?.data).toEqual({ i: 300 });
  });
});

describe('Spool overflow', () => {
  it('drops the oldest unacked segments, counts them and reports them as an event', async () => {
    let s = await openSpool({ maxEvents: 50, segmentBytes: 600 });
    for (let k = 0; k < 10; k++) await s.add(items(10, 'test.o', k * 10));
    expect(s.droppedCount).toBeGreaterThan(0);
    const left = await s.pending(0, 1000);
    expect(left.length).toBeLessThanOrEqual(50);
    const notices = left.filter((e) => e.kind === OVERFLOW_KIND);
    expect(notices.length).toBeGreaterThan(0);
    const total = notices.reduce((n, e) => n + (e.data.dropped as number), 0);
    // Notices dropped in turn are counted in droppedCount too, so this is a lower bound.
    expect(total).toBeLessThanOrEqual(s.droppedCount);
    const last = notices.at(-1) as AgentEvent;
    expect(last.data.toSeq).toBe((last.data.fromSeq as number) + (last.data.dropped as number) - 1);
    // Nothing at or below a reported drop survives; everything after the first survivor does.
    expect(left[0]?.seq).toBeGreaterThan(last.data.toSeq as number);
    expect(left.map((e) => e.seq)).toEqual(Array.from({ length: left.length }, (_, i) => (left[0]?.seq ?? 0) + i));
    // Nothing was acked, so every seq ever assigned is either still spooled or counted as dropped.
    expect(s.lastSeq).toBe(left.at(-1)?.seq);
    expect(s.droppedCount + left.length).toBe(s.lastSeq);
    const dropped = s.droppedCount;
    s = await reopen(s, { maxEvents: 50, segmentBytes: 600 });
    expect(s.droppedCount).toBe(dropped);
    expect(s.pendingCount).toBe(left.length);
  });

  it('bounds bytes and skips acked events when counting the loss', async () => {
    const s = await openSpool({ maxBytes: 4000, segmentBytes: 1000 });
    await s.add(items(40, 'test.b'));
    await s.ack(5);
    await s.add(items(40, 'test.b', 40));
    const left = await s.pending(0, 1000);
    const bytes = left.reduce((n, e) => n + JSON.stringify(e).length + 1, 0);
    expect(bytes).toBeLessThanOrEqual(4000);
    const notice = left.find((e) => e.kind === OVERFLOW_KIND);
    expect(notice?.data.fromSeq).toBe(6);
    expect(s.droppedCount).toBe(notice?.data.dropped);
  });
});

describe('Spool overflow of everything', () => {
  it('drops every older segment for a batch larger than the limit, and keeps seqs across reopen', async () => {
    let s = await openSpool({ maxEvents: 10, segmentBytes: 300 });
    await s.add(items(6));
    const big = await s.add(items(12, 'test.big'));
    expect(big.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => 8 + i));
    const left = await s.pending(0, 100);
    expect(left[0]).toMatchObject({ seq: 7, kind: OVERFLOW_KIND, data: { dropped: 6, fromSeq: 1, toSeq: 6 } });
    expect(left.slice(1).map((e) => e.kind)).toEqual(Array(12).fill('test.big'));
    s = await reopen(s, { maxEvents: 10, segmentBytes: 300 });
    expect(s.lastSeq).toBe(19);
    // The next add finds the spool over its limit again and drops the oldest of what is left.
    expect((await s.add(items(1)))[0]?.seq).toBe(21);
    const after = await s.pending(0, 100);
    expect(after[0]?.seq).toBe(after.find((e) => e.kind === OVERFLOW_KIND && e.data.fromSeq === 7)?.data.toSeq as number + 1);
    expect(after.length).toBeLessThanOrEqual(10);
    expect(s.droppedCount + after.length).toBe(s.lastSeq);
  });
});

describe('Spool repair', () => {
  it('cuts a torn last line, reports it, and appends cleanly after it', async () => {
    let s = await openSpool();
    await s.add(items(4));
    await s.close();
    const [seg] = await segmentFiles();
    await appendFile(join(dir, seg as string), '{"seq":5,"time":"2025-04-01T00:00:00Z","ki');
    const warnings: Record<string, unknown>[] = [];
    s = await openSpool({ onWarning: (_m, f) => warnings.push(f) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.reason).toMatch(/without newline/);
    expect(s.lastSeq).toBe(4);
    expect((await s.add(items(1)))[0]?.seq).toBe(5);
    const text = await readFile(join(dir, seg as string), 'utf8');
    expect(text.trimEnd().split('\n').map((l) => (JSON.parse(l) as AgentEvent).seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a damaged state file instead of restarting seqs at 1', async () => {
    const s = await openSpool();
    await s.add(items(2));
    await s.ack(2);
    await s.close();
    await writeFile(join(dir, 'state.json'), '{"ackedSeq":');
    await expect(Spool.open(dir)).rejects.toSatisfy((e) => isSpoolError(e, 'SPOOL_CORRUPT'));
  });

  it('refuses use after close', async () => {
    const s = await openSpool();
    await s.close();
    await s.close();
    await expect(s.add(items(1))).rejects.toSatisfy((e) => isSpoolError(e, 'SPOOL_CLOSED'));
  });
});
