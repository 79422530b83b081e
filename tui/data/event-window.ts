// The slice of the journal the Events screen holds: newest first, at most MAX records, paged by seq.
// The journal may hold millions of records; only this window is ever in memory.
import type { EventRecord } from '../../appliance/control/contract/index.js';

export const PAGE = 100;
export const MAX = 500;

export interface EventWindow {
  /** Newest first (descending seq). */
  records: EventRecord[];
  /** True when records[0] is the newest matching record in the journal. */
  atHead: boolean;
  /** True when older matching records exist beyond the last one held. */
  hasOlder: boolean;
  /** Live records that arrived while paused or scrolled away from the head. */
  pending: number;
}

export const emptyWindow: EventWindow = { records: [], atHead: true, hasOlder: false, pending: 0 };

export function fromHead(page: EventRecord[], pageSize = PAGE): EventWindow {
  return { records: page, atHead: true, hasOlder: page.length === pageSize, pending: 0 };
}

/** Appends an older page (asked with beforeSeq = last seq, order desc); drops the newest beyond MAX. */
export function withOlder(w: EventWindow, page: EventRecord[], pageSize = PAGE, max = MAX): { window: EventWindow; dropped: number } {
  const records = [...w.records, ...page];
  const dropped = Math.max(0, records.length - max);
  return {
    window: { ...w, records: records.slice(dropped), atHead: w.atHead && dropped === 0, hasOlder: page.length === pageSize },
    dropped,
  };
}

/** Prepends a newer page (asked with afterSeq = first seq, order asc); drops the oldest beyond MAX. */
export function withNewer(w: EventWindow, ascPage: EventRecord[], pageSize = PAGE, max = MAX): { window: EventWindow; added: number } {
  const newer = [...ascPage].reverse();
  const records = [...newer, ...w.records].slice(0, max);
  return {
    window: { ...w, records, atHead: ascPage.length < pageSize, hasOlder: w.hasOlder || newer.length + w.records.length > max },
    added: newer.length,
  };
}

/** A live push: shown at once when following the head, else counted until the user comes back. */
export function withLive(w: EventWindow, pushed: EventRecord[], following: boolean, max = MAX): { window: EventWindow; added: number } {
  const known = w.records[0]?.seq ?? -1;
  const fresh = pushed.filter((r) => r.seq > known).sort((a, b) => b.seq - a.seq);
  if (fresh.length === 0) return { window: w, added: 0 };
  if (!following || !w.atHead) return { window: { ...w, pending: w.pending + fresh.length, atHead: false }, added: 0 };
  const records = [...fresh, ...w.records];
  return { window: { ...w, records: records.slice(0, max), hasOlder: w.hasOlder || records.length > max }, added: fresh.length };
}
