import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then refills at the rate', () => {
    let t = 0;
    const b = new TokenBucket(10, 20, () => t);
    expect(b.take(20).ok).toBe(true);
    const refused = b.take(5);
    expect(refused).toEqual({ ok: false, retryAfterMs: 500 });
    t = 500;
    expect(b.take(5).ok).toBe(true);
    expect(b.take(1).ok).toBe(false);
  });
});
