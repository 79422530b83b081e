// The list of segment files and what is known about each without opening it: in-memory stats for
// segments whose index on disk is missing or stale (the active one, or one sealed but not yet written),
// and a small cache of sealed indexes (time range and count only, so memory stays flat over a year).
import { localDate, readIndex, type SegmentRef } from './segment-files.js';
import type { SegmentStats } from './segment-scan.js';

interface Summary {
  tsMin: string;
  tsMax: string;
  count: number;
}

export class SegmentCatalog {
  private readonly live = new Map<string, SegmentStats>();
  private readonly cache = new Map<string, Summary>();

  constructor(
    private readonly dir: string,
    private readonly refs: SegmentRef[],
  ) {}

  /** A snapshot, in seq order, of segments whose file exists. */
  list(): SegmentRef[] {
    return [...this.refs];
  }
  added(ref: SegmentRef): void {
    this.refs.push(ref);
  }
  removed(name: string): void {
    const i = this.refs.findIndex((r) => r.name === name);
    if (i >= 0) this.refs.splice(i, 1);
    this.cache.delete(name);
    this.live.delete(name);
  }
  setLive(name: string, stats: SegmentStats): void {
    this.live.set(name, stats);
  }
  /** Its index is now on disk and final. */
  sealed(name: string): void {
    this.live.delete(name);
  }
  liveStats(name: string): SegmentStats | undefined {
    return this.live.get(name);
  }

  async summary(name: string): Promise<Summary | null> {
    const live = this.live.get(name);
    if (live) return live;
    let s = this.cache.get(name);
    if (!s) {
      const idx = await readIndex(this.dir, name);
      if (!idx) return null;
      s = { tsMin: idx.tsMin, tsMax: idx.tsMax, count: idx.count };
      this.cache.set(name, s);
    }
    return s;
  }

  /** Sources are not cached: they can be many per segment, and only source-filtered queries need them. */
  async sources(name: string): Promise<Record<string, number> | null> {
    const live = this.live.get(name);
    if (live) return Object.fromEntries(live.sources);
    return (await readIndex(this.dir, name))?.sources ?? null;
  }

  /** Records per local day (YYYY-MM-DD) from `since`'s day on, from names and indexes only. */
  async countsByDay(since: Date): Promise<Array<{ day: string; count: number }>> {
    const from = localDate(since);
    const counts = new Map<string, number>();
    for (const ref of this.refs) {
      if (ref.date < from) continue;
      const day = `${ref.date.slice(0, 4)}-${ref.date.slice(4, 6)}-${ref.date.slice(6, 8)}`;
      counts.set(day, (counts.get(day) ?? 0) + ((await this.summary(ref.name))?.count ?? 0));
    }
    return [...counts].map(([day, count]) => ({ day, count }));
  }
}
