// The spool against a plain in-memory model: any mix of adds, acks, reads and reopens must
// read back exactly the model's unacknowledged events.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Spool } from './spool.js';

type Op =
  | { t: 'add'; n: number; concurrent: boolean }
  | { t: 'ack'; back: number }
  | { t: 'read'; back: number; max: number }
  | { t: 'reopen' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('add' as const), n: fc.integer({ min: 1, max: 100 }), concurrent: fc.boolean() }),
  fc.record({ t: fc.constant('ack' as const), back: fc.integer({ min: -3, max: 60 }) }),
  fc.record({ t: fc.constant('read' as const), back: fc.integer({ min: -2, max: 300 }), max: fc.integer({ min: 1, max: 150 }) }),
  fc.constant({ t: 'reopen' as const }),
);

describe('Spool model check', () => {
  it('matches an in-memory model across adds, acks, reads and reopens', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), fc.constantFrom(700, 20_000), async (ops, segmentBytes) => {
        const root = await mkdtemp(join(tmpdir(), 'mamori-spool-prop-'));
        const dir = join(root, 'spool');
        // Small segments exercise rolling; large ones hold several index strides each.
        const options = { segmentBytes };
        let spool = await Spool.open(dir, options);
        const model: Array<{ seq: number; i: number }> = [];
        let acked = 0;
        let counter = 0;
        try {
          for (const o of ops) {
            const last = model.at(-1)?.seq ?? acked;
            if (o.t === 'add') {
              const batch = Array.from({ length: o.n }, () => ({ kind: 'test.m', data: { i: counter++ } }));
              const results = o.concurrent
                ? (await Promise.all(batch.map((b) => spool.add([b])))).flat()
                : await spool.add(batch);
              results.forEach((e, k) => model.push({ seq: e.seq, i: batch[k]?.data.i as number }));
            } else if (o.t === 'ack') {
              const to = Math.max(0, last - o.back);
              await spool.ack(to);
              acked = Math.max(acked, Math.min(to, last));
            } else if (o.t === 'read') {
              const after = Math.max(0, last - o.back);
              const got = (await spool.pending(after, o.max)).map((e) => ({ seq: e.seq, i: e.data.i }));
              const want = model.filter((m) => m.seq > Math.max(after, acked)).slice(0, o.max);
              expect(got).toEqual(want);
            } else {
              await spool.close();
              spool = await Spool.open(dir, options);
            }
            expect(spool.ackedSeq).toBe(acked);
            expect(spool.lastSeq).toBe(model.at(-1)?.seq ?? 0);
            expect(spool.pendingCount).toBe(model.filter((m) => m.seq > acked).length);
          }
          // Seqs are exactly 1..n: none skipped, none reused.
          expect(model.map((m) => m.seq)).toEqual(model.map((_, k) => k + 1));
        } finally {
          await spool.close();
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 50 },
    );
  });
});
