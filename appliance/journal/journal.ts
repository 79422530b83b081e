// The append-only, hash-chained event journal. append() assigns seq, ts and h synchronously and queues
// the lines; a group commit writes them and fdatasyncs at most once per commitIntervalMs, and only then
// resolves the appenders' promises. A failed write or fsync stops the journal: nothing is acked after it.
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger, type Logger } from '../../common/log.js';
import { MamoriError } from '../errors/mamori-error.js';
import { runQuery, type QuerySource } from './journal-query.js';
import { sealBody } from './record.js';
import { recover } from './recover.js';
import { makeBatch, type Batch } from './batch.js';
import { checkInput } from './check-input.js';
import { SegmentCatalog } from './segment-catalog.js';
import { writeAnchor, PRUNED_KIND, type Anchor } from './anchor.js';
import { dayBounds, indexName, localDate, readIndex, segmentName, writeAll, writeIndex, type SegmentRef } from './segment-files.js';
import { emptyStats, statsToIndex, type SegmentStats } from './segment-scan.js';
import type { JournalInput, JournalOptions, JournalQuery, JournalRecord, QueryStats, SegmentIndex } from './types.js';
import { fsyncDir } from '../../common/atomic-write.js';

interface Segment {
  ref: SegmentRef;
  dayStart: number;
  dayEnd: number;
  /** Includes records not yet durable. */
  stats: SegmentStats;
  bytes: number;
  fh: FileHandle | null;
}
interface Pending {
  seg: Segment;
  chunks: string[];
  /** Set when the segment rolled: write this index and close the file after its last data is durable. */
  seal: SegmentIndex | null;
}

export class Journal {
  private seq: number;
  private prevH: string;
  private durable: number;
  private active: Segment | null = null;
  private queue: Pending[] = [];
  private pendingRecords: JournalRecord[] = [];
  private pendingLastSeq = 0;
  private batch: Batch | null = null;
  private inflight: Batch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastCommitAt = -Infinity;
  private failure: MamoriError | null = null;
  private closing: Promise<void> | null = null;
  private syncs = 0;
  private readonly listeners = new Set<(records: JournalRecord[]) => void>();
  private stats: QueryStats = { segmentsTotal: 0, segmentsOpened: 0, linesScanned: 0, recordsReturned: 0 };
  private readonly interval: number;
  private readonly maxBytes: number;
  private readonly now: () => Date;
  private readonly syncFile: (fh: FileHandle) => Promise<void>;

  private constructor(
    private readonly dir: string,
    private readonly log: Logger,
    options: JournalOptions,
    private readonly catalog: SegmentCatalog,
    private readonly allSources: Map<string, number>,
    lastSeq: number,
    lastHash: string,
  ) {
    this.seq = lastSeq;
    this.durable = lastSeq;
    this.prevH = lastHash;
    this.interval = options.commitIntervalMs ?? 20;
    this.maxBytes = options.maxSegmentBytes ?? 64 * 1024 * 1024;
    this.now = options.now ?? (() => new Date());
    this.syncFile = options.syncFile ?? ((fh) => fh.datasync());
  }

  /** Creates `dir` (the journal folder itself), repairs a torn tail and rebuilds the active segment's index. */
  static async open(dir: string, options: JournalOptions = {}): Promise<Journal> {
    const log = options.log ?? silentLogger;
    // A new journal folder's own directory entry must survive power loss too.
    if ((await mkdir(dir, { recursive: true })) !== undefined) await fsyncDir(dirname(dir));
    const state = await recover(dir, log);
    const j = new Journal(dir, log, options, new SegmentCatalog(dir, state.segments), state.allSources, state.lastSeq, state.lastHash);
    if (state.active) {
      const { ref, stats, bytes } = state.active;
      const { start, end } = dayBounds(ref.date);
      j.active = { ref, dayStart: start, dayEnd: end, stats, bytes, fh: await open(join(dir, ref.name), 'a') };
      j.catalog.setLive(ref.name, stats);
    }
    log.info('journal open', { dir, lastSeq: state.lastSeq, segments: state.segments.length });
    return j;
  }

  get lastSeq(): number {
    return this.seq;
  }
  /** Highest seq known to be on stable storage. */
  get durableSeq(): number {
    return this.durable;
  }
  get fsyncCount(): number {
    return this.syncs;
  }
  get lastQueryStats(): QueryStats {
    return this.stats;
  }

  maxAseq(src: string): number {
    return this.allSources.get(src) ?? 0;
  }

  append(inputs: JournalInput[]): Promise<JournalRecord[]> {
    const records = this.enqueue(inputs);
    return records.length ? this.batch!.promise.then(() => records) : Promise.resolve([]);
  }

  /**
   * Like append() for the ingest hot path: resolves when durable, without handing back (and so
   * without keeping alive until the fsync) the record objects, unless a subscriber wants them.
   */
  write(inputs: JournalInput[]): Promise<void> {
    return this.enqueue(inputs).length ? this.batch!.promise : this.flushed();
  }

  private enqueue(inputs: JournalInput[]): JournalRecord[] {
    if (this.failure) throw this.failure;
    if (this.closing) throw new MamoriError('INTERNAL', 'the journal is closed', { dir: this.dir });
    if (inputs.length === 0) return [];
    const at = this.now();
    const ms = at.getTime();
    const ts = at.toISOString();
    const records: JournalRecord[] = new Array<JournalRecord>(inputs.length);
    const lines: string[] = new Array<string>(inputs.length);
    let seq = this.seq;
    let prevH = this.prevH;
    // Build everything first: an input that cannot be serialised must not consume a seq.
    for (let i = 0; i < inputs.length; i++) {
      const { src, kind, data, aseq } = inputs[i]!;
      checkInput(src, kind, data, aseq);
      seq++;
      const rec = (aseq === undefined ? { seq, ts, src, kind, data } : { seq, ts, src, kind, aseq, data }) as JournalRecord;
      const sealed = sealBody(prevH, JSON.stringify(rec));
      rec.h = prevH = sealed.h;
      records[i] = rec;
      lines[i] = sealed.line;
    }
    for (let i = 0; i < records.length; i++) this.place(records[i]!, lines[i]!, ms);
    this.seq = seq;
    this.prevH = prevH;
    if (this.listeners.size) for (const r of records) this.pendingRecords.push(r);
    this.pendingLastSeq = seq;
    this.batch ??= makeBatch();
    this.schedule();
    return records;
  }

  flushed(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return (this.batch ?? this.inflight)?.promise ?? Promise.resolve();
  }

  subscribe(listener: (records: JournalRecord[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  query(q: JournalQuery = {}): AsyncIterable<JournalRecord> {
    this.stats = { segmentsTotal: 0, segmentsOpened: 0, linesScanned: 0, recordsReturned: 0 };
    const source: QuerySource = {
      dir: this.dir,
      segments: this.catalog.list(),
      durableSeq: this.durable,
      summary: (name) => this.catalog.summary(name),
      sources: (name) => this.catalog.sources(name),
    };
    return runQuery(source, q, this.stats);
  }

  /**
   * Retention: removes whole sealed segments whose newest record is older than `before`, oldest first,
   * always keeping the last sealed segment and the active one. The prune is journaled first, then the
   * anchor is written, then files go; a crash in between leaves extra segments, never a broken chain.
   */
  async prune(before: Date): Promise<{ segments: number; records: number; firstSeq: number }> {
    const refs = this.catalog.list().filter((r) => r.name !== this.active?.ref.name);
    const victims: Array<{ name: string; index: SegmentIndex }> = [];
    for (const ref of refs.slice(0, -1)) {
      const index = await readIndex(this.dir, ref.name);
      if (!index || index.tsMax >= before.toISOString()) break;
      victims.push({ name: ref.name, index });
    }
    const last = victims.at(-1)?.index;
    if (!last) return { segments: 0, records: 0, firstSeq: this.catalog.list()[0]?.firstSeq ?? this.seq + 1 };
    const records = victims.reduce((n, v) => n + v.index.count, 0);
    const anchor: Anchor = { firstSeq: last.lastSeq + 1, prevHash: last.lastHash, allSources: last.allSources, prunedAt: this.now().toISOString() };
    await this.append([
      {
        src: 'system',
        kind: PRUNED_KIND,
        data: { before: before.toISOString(), segments: victims.length, records, fromSeq: victims[0]!.index.firstSeq, anchorSeq: anchor.firstSeq, anchorHash: anchor.prevHash },
      },
    ]);
    await writeAnchor(this.dir, anchor);
    for (const v of victims) {
      this.catalog.removed(v.name);
      await unlink(join(this.dir, v.name)).catch(() => {});
      await unlink(join(this.dir, indexName(v.name))).catch(() => {});
    }
    await fsyncDir(this.dir);
    this.log.info('journal pruned', { segments: victims.length, records, firstSeq: anchor.firstSeq, before: before.toISOString() });
    return { segments: victims.length, records, firstSeq: anchor.firstSeq };
  }

  /** Records per local day (YYYY-MM-DD) from `since`'s day on, from segment indexes only (cheap). */
  countsByDay(since: Date): Promise<Array<{ day: string; count: number }>> {
    return this.catalog.countsByDay(since);
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (!this.failure && (this.batch || this.inflight)) {
      if (this.inflight) await this.inflight.promise.catch(() => {});
      else await this.runCommit();
    }
    const seg = this.active;
    if (!seg?.fh) return;
    try {
      if (!this.failure) await writeIndex(this.dir, seg.ref.name, statsToIndex(seg.stats, seg.bytes, this.allSources));
    } finally {
      await seg.fh.close();
      seg.fh = null;
    }
    this.log.info('journal closed', { lastSeq: this.seq });
  }

  private place(rec: JournalRecord, line: string, ms: number): void {
    const bytes = Buffer.byteLength(line);
    let seg = this.active;
    if (!seg || ms < seg.dayStart || ms >= seg.dayEnd || (seg.bytes > 0 && seg.bytes + bytes > this.maxBytes)) {
      seg = this.roll(rec.seq, ms);
    }
    seg.bytes += bytes;
    const s = seg.stats;
    if (s.count++ === 0) s.firstSeq = rec.seq;
    s.lastSeq = rec.seq;
    s.lastHash = rec.h;
    if (s.tsMin === '' || rec.ts < s.tsMin) s.tsMin = rec.ts;
    if (rec.ts > s.tsMax) s.tsMax = rec.ts;
    const a = rec.aseq ?? 0;
    if (a > (s.sources.get(rec.src) ?? -1)) s.sources.set(rec.src, a);
    if (a > (this.allSources.get(rec.src) ?? -1)) this.allSources.set(rec.src, a);
    const tail = this.queue.at(-1);
    if (tail && tail.seg === seg && !tail.seal) tail.chunks.push(line);
    else this.queue.push({ seg, chunks: [line], seal: null });
  }

  private roll(firstSeq: number, ms: number): Segment {
    const old = this.active;
    if (old) {
      // Snapshot now: allSources must not include records of the next segment.
      const seal = statsToIndex(old.stats, old.bytes, this.allSources);
      const tail = this.queue.at(-1);
      if (tail && tail.seg === old && !tail.seal) tail.seal = seal;
      else this.queue.push({ seg: old, chunks: [], seal });
    }
    const date = localDate(new Date(ms));
    const { start, end } = dayBounds(date);
    const ref = { name: segmentName(firstSeq, date), firstSeq, date };
    const seg: Segment = { ref, dayStart: start, dayEnd: end, stats: emptyStats(firstSeq, this.prevH), bytes: 0, fh: null };
    this.catalog.setLive(ref.name, seg.stats);
    this.active = seg;
    return seg;
  }

  private schedule(): void {
    if (this.timer || this.inflight || this.closing) return;
    const wait = Math.max(0, this.lastCommitAt + this.interval - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runCommit();
    }, wait);
  }

  private async runCommit(): Promise<void> {
    const batch = this.batch;
    const queue = this.queue;
    const records = this.pendingRecords;
    const lastSeq = this.pendingLastSeq;
    this.batch = null;
    this.queue = [];
    this.pendingRecords = [];
    this.inflight = batch;
    this.lastCommitAt = performance.now();
    try {
      for (const p of queue) await this.writePending(p);
    } catch (e) {
      this.fail(e, batch);
      return;
    } finally {
      this.inflight = null;
    }
    if (lastSeq) this.durable = lastSeq;
    batch?.resolve();
    for (const listener of records.length ? this.listeners : []) {
      try {
        listener(records);
      } catch (e) {
        this.log.error('journal subscriber failed', { error: e });
      }
    }
    if (this.batch) this.schedule();
  }

  private async writePending(p: Pending): Promise<void> {
    const seg = p.seg;
    if (p.chunks.length > 0) {
      if (!seg.fh) {
        seg.fh = await open(join(this.dir, seg.ref.name), 'wx');
        await fsyncDir(this.dir);
        this.catalog.added(seg.ref);
      }
      await writeAll(seg.fh, Buffer.from(p.chunks.join(''), 'utf8'));
      await this.syncFile(seg.fh);
      this.syncs++;
    }
    if (p.seal) {
      await writeIndex(this.dir, seg.ref.name, p.seal);
      this.catalog.sealed(seg.ref.name);
      await seg.fh?.close();
      seg.fh = null;
    }
  }

  private fail(cause: unknown, batch: Batch | null): void {
    const segment = this.active?.ref.name;
    this.failure = new MamoriError('INTERNAL', 'journal write or fsync failed; the journal stopped accepting events', { dir: this.dir, segment }, { cause });
    this.log.error('journal write failed', { segment, error: cause instanceof Error ? cause : String(cause) });
    batch?.reject(this.failure);
    this.batch?.reject(this.failure);
    this.batch = null;
    this.queue = [];
    this.pendingRecords = [];
  }
}
