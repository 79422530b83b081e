import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs one key in call order, other keys alongside, and survives a failed task', async () => {
    const q = new KeyedQueue<string>();
    const order: string[] = [];
    const a1 = q.run('a', async () => {
      await tick(30);
      order.push('a1');
    });
    const a2 = q.run('a', async () => {
      order.push('a2');
      throw new Error('boom');
    });
    const a3 = q.run('a', async () => void order.push('a3'));
    const b1 = q.run('b', async () => void order.push('b1'));
    await Promise.allSettled([a1, a2, a3, b1]);
    expect(order).toEqual(['b1', 'a1', 'a2', 'a3']);
    await expect(a2).rejects.toThrow('boom');
  });

  it('forgets drained keys and tells when it is idle', async () => {
    const q = new KeyedQueue<number>();
    let done = false;
    void q.run(1, async () => {
      await tick(20);
      done = true;
    });
    expect(q.size).toBe(1);
    await q.idle();
    expect(done).toBe(true);
    await tick(0);
    expect(q.size).toBe(0);
  });
});
