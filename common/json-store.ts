// One JSON document on disk, validated when read and written durably: the box's state, inventories,
// policy and My Number ledger, and the agent's own state all live in one of these. Built on lowdb
// (its Low holds the data; our Adapter writes through writeFileAtomic). Each store keeps only its
// domain rules; reading, validating, naming the bad field, ordering and durability live here.
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { readJsonOrNull, writeFileAtomic } from './atomic-write.js';
import { DocumentError } from './document-error.js';
import { createLogger, type Logger } from './log.js';
import { summarizeIssues } from './zod-issues.js';

export interface JsonAdapterOptions {
  /** File mode; default 0600. */
  mode?: number;
  /** Indentation for JSON.stringify; default 2 (small files people read); 0 writes one line. */
  indent?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * A lowdb Adapter that writes durably and merges concurrent writes the way steno does: while one
 * write is on its way to disk, later writes wait in one slot where only the newest data is kept.
 * Every caller's promise settles with the first durable write that holds its data or newer.
 */
export class FsyncJsonAdapter<T> implements Adapter<T> {
  readonly path: string;
  readonly #mode: number | undefined;
  readonly #indent: number;
  #writing = false;
  #next: { text: string; waiters: Waiter[] } | null = null;
  #durableWrites = 0;

  constructor(path: string, opts: JsonAdapterOptions = {}) {
    this.path = path;
    this.#mode = opts.mode;
    this.#indent = opts.indent ?? 2;
  }

  /** How many writes reached the disk (renames); coalescing keeps this far below the calls to write(). */
  get durableWrites(): number {
    return this.#durableWrites;
  }

  /** True while a write is on its way to disk or waiting for one. */
  get busy(): boolean {
    return this.#writing || this.#next !== null;
  }

  /** The parsed file, or null when it does not exist. Not validated: JsonStore does that. */
  read(): Promise<T | null> {
    return readJsonOrNull<T>(this.path);
  }

  write(data: T): Promise<void> {
    // Serialise now: lowdb hands us its live object, which the caller keeps mutating.
    const text = JSON.stringify(data, null, this.#indent || undefined) + '\n';
    return new Promise<void>((resolve, reject) => {
      this.#next ??= { text, waiters: [] };
      this.#next.text = text;
      this.#next.waiters.push({ resolve, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#next) {
        const batch = this.#next;
        this.#next = null;
        try {
          await writeFileAtomic(this.path, batch.text, { mode: this.#mode });
          this.#durableWrites++;
        } catch (e) {
          for (const w of batch.waiters) w.reject(e);
          continue; // a later batch may still succeed (e.g. the disk was briefly full)
        }
        for (const w of batch.waiters) w.resolve();
      }
    } finally {
      this.#writing = false;
    }
  }
}

export interface JsonStoreOptions extends JsonAdapterOptions {
  /** What the file is, for error messages: `… is not a valid <what>: field: message`. */
  what?: string;
  /** Write the initial document at once when the file does not exist yet. */
  create?: boolean;
  /** Delay of scheduleWrite(); default 1000 ms. */
  debounceMs?: number;
  /** Where a failed scheduled write is logged. */
  logger?: Logger;
}

/** Validates what was read from `path`; an invalid document is a DocumentError naming file and field. */
export function parseDocument<S extends z.ZodType>(raw: unknown, schema: S, path: string, what = 'data file'): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const s = summarizeIssues(result.error);
  throw new DocumentError('DOCUMENT_INVALID', `${path} is not a valid ${what}: ${s.text}`, { path, field: s.field, issues: s.issues }, { cause: result.error });
}

/** Reads and validates one document without keeping it open; null when the file does not exist. */
export async function readJsonDocument<S extends z.ZodType>(path: string, schema: S, what?: string): Promise<z.output<S> | null> {
  const raw = await new FsyncJsonAdapter<unknown>(path).read();
  return raw === null ? null : parseDocument(raw, schema, path, what);
}

export { DocumentError };

export class JsonStore<T> {
  readonly path: string;
  readonly #db: Low<T>;
  readonly #adapter: FsyncJsonAdapter<T>;
  readonly #log: Logger;
  readonly #debounceMs: number;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  #closing: Promise<void> | null = null;

  private constructor(adapter: FsyncJsonAdapter<T>, data: T, opts: JsonStoreOptions) {
    this.path = adapter.path;
    this.#adapter = adapter;
    this.#db = new Low(adapter, data);
    this.#log = opts.logger ?? createLogger('store');
    this.#debounceMs = opts.debounceMs ?? 1000;
  }

  /**
   * Opens `file`: validates it against `schema` (an invalid file is a DocumentError naming the field,
   * never silently replaced), or starts from `initial()` when it does not exist.
   */
  static async open<S extends z.ZodType>(file: string, schema: S, initial: () => z.output<S>, opts: JsonStoreOptions = {}): Promise<JsonStore<z.output<S>>> {
    const adapter = new FsyncJsonAdapter<z.output<S>>(file, opts);
    const raw = await adapter.read();
    const store = new JsonStore<z.output<S>>(adapter, raw === null ? initial() : parseDocument(raw, schema, file, opts.what), opts);
    if (raw === null && opts.create) await store.update(() => {});
    return store;
  }

  /** Like open(), but null when the file does not exist. */
  static async openExisting<S extends z.ZodType>(file: string, schema: S, opts: JsonStoreOptions = {}): Promise<JsonStore<z.output<S>> | null> {
    const adapter = new FsyncJsonAdapter<z.output<S>>(file, opts);
    const raw = await adapter.read();
    return raw === null ? null : new JsonStore<z.output<S>>(adapter, parseDocument(raw, schema, file, opts.what), opts);
  }

  /** Writes `data` as the whole document, replacing whatever the file held (read or not). */
  static async create<T>(file: string, data: T, opts: JsonStoreOptions = {}): Promise<JsonStore<T>> {
    const store = new JsonStore<T>(new FsyncJsonAdapter<T>(file, opts), data, opts);
    await store.set(data);
    return store;
  }

  /** The live document. Change it only inside update(), or follow a change with scheduleWrite(). */
  get data(): T {
    return this.#db.data;
  }

  /** Writes that reached the disk so far (for tests and metrics). */
  get durableWrites(): number {
    return this.#adapter.durableWrites;
  }

  /**
   * Runs a synchronous change on the document and resolves with its result once a write holding it
   * is durable. Changes apply in call order. `skipWrite()` inside `fn` says nothing changed.
   */
  async update<R>(fn: (data: T, skipWrite: () => void) => R): Promise<R> {
    this.#assertOpen();
    let write = true;
    const result = fn(this.#db.data, () => (write = false));
    if (result instanceof Promise) {
      // Changes made after an await would not be covered by this write.
      throw new DocumentError('DOCUMENT_ASYNC_UPDATE', `update() of ${this.path}: the callback must be synchronous`, { path: this.path });
    }
    if (!write) return result;
    this.#cancelScheduled(); // this write carries the scheduled changes too
    await this.#db.write();
    return result;
  }

  /** Replaces the whole document and resolves once it is durable. */
  async set(next: T): Promise<void> {
    this.#assertOpen();
    this.#db.data = next;
    this.#cancelScheduled();
    await this.#db.write();
  }

  /** Write soon (within debounceMs), merging with other scheduled writes; a failure is logged. */
  scheduleWrite(): void {
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#db.write().catch((err: unknown) => this.#log.error('write failed', { path: this.path, err }));
    }, this.#debounceMs);
    // The timer must not keep the process alive; close() flushes what it would have written.
    this.#timer.unref();
  }

  /** Flushes anything scheduled or in flight; later changes fail. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#flush();
    return this.#closing;
  }

  async #flush(): Promise<void> {
    this.#closed = true;
    const pending = this.#timer !== null;
    this.#cancelScheduled();
    // A write while another is in flight also waits for that one: coalescing settles both together.
    if (pending || this.#adapter.busy) await this.#db.write();
  }

  #assertOpen(): void {
    if (this.#closed) throw new DocumentError('DOCUMENT_CLOSED', `${this.path} is closed`, { path: this.path });
  }

  #cancelScheduled(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
