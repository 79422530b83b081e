import { describe, expect, it } from 'vitest';
import { nextPollDelay } from './poll-delay.js';

describe('nextPollDelay', () => {
  it('doubles while answers repeat, up to the maximum', () => {
    const seen: number[] = [];
    let d = 5000;
    for (let i = 0; i < 5; i++) seen.push((d = nextPollDelay(d, 5000, 30_000, true)));
    expect(seen).toEqual([10_000, 20_000, 30_000, 30_000, 30_000]);
  });

  it('returns to the base delay as soon as an answer differs', () => {
    expect(nextPollDelay(30_000, 5000, 30_000, false)).toBe(5000);
  });

  it('never backs off when the maximum is the base', () => {
    expect(nextPollDelay(5000, 5000, 5000, true)).toBe(5000);
  });
});
