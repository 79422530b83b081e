// The journal's public shapes. The integrator codes against these names; keep them stable.
import type { FileHandle } from 'node:fs/promises';
import type { Logger } from '../../common/log.js';

export interface JournalInput {
  /** `ag-…` (asset id), `admin:<user>` or `system`. */
  src: string;
  kind: string;
  data: Record<string, unknown>;
  /** The agent's own sequence number; only for agent events. */
  aseq?: number;
}

export interface JournalRecord extends JournalInput {
  seq: number;
  /** ISO-8601 receive time (UTC). */
  ts: string;
  /** sha256(previous h + this record's bytes without h), hex. */
  h: string;
}

export interface JournalOptions {
  log?: Logger;
  /** Group commit: at most one fsync per this many milliseconds. Default 20. */
  commitIntervalMs?: number;
  /** A segment rolls when the next write would pass this size. Default 64 MiB. */
  maxSegmentBytes?: number;
  /** Clock for receive times and day rolls; injectable for tests. */
  now?: () => Date;
  /** Fault-injection hook for tests: replaces `fh.datasync()`. */
  syncFile?: (fh: FileHandle) => Promise<void>;
}

export interface JournalQuery {
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
  src?: string;
  /** Exact kind, or a prefix ending with '.' or '*' ("usb." and "usb.*" both match "usb.insert"). */
  kind?: string;
  afterSeq?: number;
  beforeSeq?: number;
  limit?: number;
  order?: 'asc' | 'desc';
}

/** What the last query touched: lets tests and the TUI see that indexes skipped segments. */
export interface QueryStats {
  segmentsTotal: number;
  segmentsOpened: number;
  linesScanned: number;
  recordsReturned: number;
}

/** The sidecar `<segment>.idx.json`, written when a segment is sealed and on close. */
export interface SegmentIndex {
  firstSeq: number;
  lastSeq: number;
  tsMin: string;
  tsMax: string;
  count: number;
  bytes: number;
  lastHash: string;
  /** Sources seen in this segment with their highest aseq (0 for sources without aseq). */
  sources: Record<string, number>;
  /** Highest aseq per source over this and all earlier segments, so open() needs only the last index. */
  allSources: Record<string, number>;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  lastSeq: number;
  firstBroken?: { seq: number | null; segment: string; line: number; reason: string };
  /** Set when retention removed older records: the chain was verified from this seq on. */
  prunedBefore?: number;
}
