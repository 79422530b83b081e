import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.js';

describe('Backoff', () => {
  it('grows to the cap with jitter inside the window, and resets', () => {
    const hi = new Backoff(1000, 8000, () => 1);
    expect([hi.next(), hi.next(), hi.next(), hi.next(), hi.next()]).toEqual([1000, 2000, 4000, 8000, 8000]);
    const lo = new Backoff(1000, 8000, () => 0);
    expect(lo.next()).toBe(500);
    hi.reset();
    expect(hi.next()).toBe(1000);
  });
});
