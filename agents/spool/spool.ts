// The agent's bounded on-disk spool of unacknowledged events. Every event gets a per-agent seq
// that is fsynced before add() resolves and never handed out again, even after kill -9 or power
// loss; the box acks "I hold everything <= N" and the spool deletes what that covers. With the
// box dropping duplicates this gives exactly-once storage across crashes of either side.
import { mkdir, unlink } from 'node:fs/promises';
import type { AgentEvent } from '../../protocol/wire.js';
import { SpoolError } from './spool-error.js';
import { lineBytes, prepareItem, type PreparedItem, type SpoolItem } from './spool-line.js';
import { planOverflow, type OverflowPlan } from './overflow.js';
import { readSegmentRange, type SegmentInfo } from './segment.js';
import { recoverSegments } from './recover-segments.js';
import { SegmentWriter } from './segment-writer.js';
import { readSpoolState, removeStaleStateTemp, writeSpoolState } from './spool-state.js';

export type { SpoolItem } from './spool-line.js';

export interface SpoolOptions {
  /** Bytes of segment files kept at most (default 64 MiB). */
  maxBytes?: number;
  /** Events kept on disk at most (default 200,000). */
  maxEvents?: number;
  /** A segment is closed and a new one started past this size (default 4 MiB). */
  segmentBytes?: number;
  /** Told about repairs and refused acks; the agent passes its logger's warn. */
  onWarning?: (message: string, fields: Record<string, unknown>) => void;
}

interface Waiter {
  items: PreparedItem[];
  resolve: (events: AgentEvent[]) => void;
  reject: (e: unknown) => void;
}

export const OVERFLOW_KIND = 'agent.spool_overflow';

export class Spool {
  private readonly segments: SegmentInfo[];
  private readonly writer: SegmentWriter;
  private last: number;
  private acked: number;
  private dropped: number;
  /** All mutations (writes, acks, drops) run one after another on this chain. */
  private chain: Promise<void> = Promise.resolve();
  private waiting: Waiter[] = [];
  private flushQueued = false;
  private ackWanted = 0;
  private ackRun: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly limits: { maxBytes: number; maxEvents: number; segmentBytes: number },
    private readonly warn: (message: string, fields: Record<string, unknown>) => void,
    segments: SegmentInfo[],
    state: { ackedSeq: number; highSeq: number; dropped: number },
  ) {
    this.segments = segments;
    this.writer = new SegmentWriter(dir, limits.segmentBytes, segments);
    this.acked = state.ackedSeq;
    this.dropped = state.dropped;
    this.last = Math.max(segments.at(-1)?.lastSeq ?? 0, state.ackedSeq, state.highSeq);
  }

  /** Opens (creating if needed) the spool in `dir`, which it owns alone: the agent passes
   *  `<data folder>/spool`. Torn tails are cut and fully acknowledged segments removed. */
  static async open(dir: string, options: SpoolOptions = {}): Promise<Spool> {
    const limits = {
      maxBytes: positive(options.maxBytes, 64 * 1024 * 1024, 'maxBytes'),
      maxEvents: positive(options.maxEvents, 200_000, 'maxEvents'),
      segmentBytes: positive(options.segmentBytes, 4 * 1024 * 1024, 'segmentBytes'),
    };
    const warn = options.onWarning ?? (() => {});
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await removeStaleStateTemp(dir);
      const state = await readSpoolState(dir);
      const segments = await recoverSegments(dir, state.ackedSeq, warn);
      return new Spool(dir, limits, warn, segments, state);
    } catch (e) {
      if (e instanceof SpoolError) throw e;
      throw new SpoolError('SPOOL_IO', `cannot open the spool in ${dir}`, { dir }, { cause: e });
    }
  }

  /** The highest seq the box holds. */
  get ackedSeq(): number {
    return this.acked;
  }
  /** The highest seq ever handed out (never lower after a restart). */
  get lastSeq(): number {
    return this.last;
  }
  /** Events on disk the box does not hold yet. */
  get pendingCount(): number {
    let n = 0;
    for (const seg of this.segments) n += Math.max(0, seg.lastSeq - Math.max(seg.firstSeq - 1, this.acked));
    return n;
  }
  /** Unacknowledged events thrown away by overflow, over the spool's whole life. */
  get droppedCount(): number {
    return this.dropped;
  }

  /** Gives the items seqs and appends them; resolves after the fdatasync that covers them.
   *  Adds made while a write is in flight are grouped into the next write and its one fsync. */
  add(items: SpoolItem[]): Promise<AgentEvent[]> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    if (items.length === 0) return Promise.resolve([]);
    let prepared: PreparedItem[];
    try {
      prepared = items.map(prepareItem);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise<AgentEvent[]>((resolve, reject) => {
      this.waiting.push({ items: prepared, resolve, reject });
      if (this.flushQueued) return;
      this.flushQueued = true;
      void this.serially(() => this.flush());
    });
  }

  /** Records that the box holds everything <= seq, durably, then deletes covered segments.
   *  Lower acks are ignored; an ack above lastSeq is clamped and reported through onWarning. */
  ack(seq: number): Promise<void> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    if (!Number.isSafeInteger(seq) || seq < 0) {
      return Promise.reject(new SpoolError('SPOOL_BAD_ARGUMENT', `ack ${String(seq)} is not a sequence number`, { seq }));
    }
    this.ackWanted = Math.max(this.ackWanted, seq);
    // Acks that arrive before the queued one runs share its single state write.
    this.ackRun ??= this.serially(() => {
      this.ackRun = null;
      return this.applyAck();
    });
    return this.ackRun;
  }

  /** Unacked events with seq > afterSeq in order, read from disk, at most maxEvents and (past
   *  the first event) maxBytes of lines. Only events whose add() has resolved are returned. */
  async pending(afterSeq: number, maxEvents: number, maxBytes = Number.POSITIVE_INFINITY): Promise<AgentEvent[]> {
    if (this.closed) throw closedError(this.dir);
    const from = Math.max(afterSeq, this.acked) + 1;
    const out: AgentEvent[] = [];
    const budget = { events: maxEvents, bytes: maxBytes, usedBytes: 0 };
    // A snapshot: segments deleted meanwhile were acked or dropped, so skipping them is right.
    for (const seg of this.segments.map((s) => ({ ...s }))) {
      if (seg.lastSeq < from) continue;
      if (budget.events <= 0) break;
      try {
        if (!(await readSegmentRange(seg, Math.max(from, seg.firstSeq), budget, out))) break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        if (e instanceof SpoolError) throw e;
        throw new SpoolError('SPOOL_IO', `cannot read ${seg.path}`, { path: seg.path }, { cause: e });
      }
    }
    return out;
  }

  /** Waits for queued writes and acks, then releases the files. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
    await this.writer.close();
  }

  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.waiting;
    this.waiting = [];
    const items = batch.flatMap((w) => w.items);
    try {
      const plan = planOverflow(this.segments, this.acked, this.limits, items.length, newBytes(this.last, items));
      const notice = plan ? await this.dropOldest(plan) : null;
      if (notice) items.unshift(notice);
      const firstSeq = this.last + 1;
      try {
        await this.writer.append(firstSeq, items);
      } finally {
        // Seqs handed to a write are never handed out again, even when the write failed.
        this.last = firstSeq + items.length - 1;
      }
      let seq = firstSeq + (notice ? 1 : 0);
      for (const w of batch) w.resolve(w.items.map((it) => ({ seq: seq++, time: it.time, kind: it.kind, data: it.data })));
    } catch (e) {
      const err = e instanceof SpoolError ? e : new SpoolError('SPOOL_IO', `cannot write to the spool in ${this.dir}`, { dir: this.dir }, { cause: e });
      for (const w of batch) w.reject(err);
    }
  }

  /** Persists the drop (and the high-water mark, so seqs survive even if every segment goes)
   *  before deleting, and returns the overflow event that makes the loss visible on the box. */
  private async dropOldest(plan: OverflowPlan): Promise<PreparedItem | null> {
    this.dropped += plan.dropped;
    await writeSpoolState(this.dir, { ackedSeq: this.acked, highSeq: this.last, dropped: this.dropped });
    await this.removeSegments(plan.segments);
    if (plan.dropped === 0) return null;
    this.warn('spool: full, dropped the oldest unacknowledged events', { ...plan, segments: plan.segments.length });
    return prepareItem({ kind: OVERFLOW_KIND, data: { dropped: plan.dropped, fromSeq: plan.fromSeq, toSeq: plan.toSeq } });
  }

  private async applyAck(): Promise<void> {
    let target = this.ackWanted;
    if (target > this.last) {
      this.warn('spool: the box acknowledged seqs this agent never assigned; clamped', { ack: target, lastSeq: this.last });
      target = this.last;
      this.ackWanted = target;
    }
    if (target <= this.acked) return;
    await writeSpoolState(this.dir, { ackedSeq: target, highSeq: this.last, dropped: this.dropped });
    this.acked = target;
    await this.removeSegments(this.segments.filter((s) => s.lastSeq <= target));
  }

  private async removeSegments(victims: SegmentInfo[]): Promise<void> {
    for (const seg of victims) {
      await this.writer.release(seg);
      this.segments.splice(this.segments.indexOf(seg), 1);
      // A file left behind is harmless: open() removes acked segments again.
      await unlink(seg.path).catch((e: unknown) => this.warn('spool: could not delete a segment', { path: seg.path, error: e }));
    }
  }
}

function newBytes(last: number, items: PreparedItem[]): number {
  let n = 0;
  for (let k = 0; k < items.length; k++) n += lineBytes(last + 2 + k, items[k] as PreparedItem);
  return n;
}

function positive(v: number | undefined, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  if (!Number.isSafeInteger(v) || v <= 0) throw new SpoolError('SPOOL_BAD_ARGUMENT', `spool option ${name} must be a positive integer`, { [name]: v });
  return v;
}

function closedError(dir: string): SpoolError {
  return new SpoolError('SPOOL_CLOSED', undefined, { dir });
}
