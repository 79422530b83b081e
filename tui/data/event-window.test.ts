import { describe, expect, it } from 'vitest';
import { event } from '../test-utils/fixtures.js';
import { fromHead, withLive, withNewer, withOlder } from './event-window.js';

const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => event(from - i));

describe('event window', () => {
  it('pages back and keeps at most MAX records, dropping the newest', () => {
    let w = fromHead(range(1000, 991), 10);
    expect(w.hasOlder).toBe(true);
    const r = withOlder(w, range(990, 981), 10, 15);
    w = r.window;
    expect(r.dropped).toBe(5);
    expect(w.records.map((x) => x.seq)).toEqual(range(995, 981).map((x) => x.seq));
    expect(w.atHead).toBe(false);
  });

  it('pages forward again until the head is reached', () => {
    let w = { ...fromHead(range(995, 981), 10), atHead: false };
    w = withNewer(w, [event(996), event(997), event(998)], 10, 15).window;
    expect(w.records[0]!.seq).toBe(998);
    expect(w.records).toHaveLength(15);
    expect(w.atHead).toBe(true);
    expect(w.hasOlder).toBe(true);
  });

  it('shows live records when following and counts them when paused', () => {
    const w = fromHead(range(5, 1), 10);
    const live = withLive(w, [event(6), event(7)], true);
    expect(live.window.records.map((x) => x.seq).slice(0, 3)).toEqual([7, 6, 5]);
    expect(live.added).toBe(2);
    const paused = withLive(w, [event(6)], false);
    expect(paused.window.records[0]!.seq).toBe(5);
    expect(paused.window.pending).toBe(1);
    expect(withLive(w, [event(3)], true).added).toBe(0); // a duplicate of what we hold
  });
});
