// A lowdb adapter that writes durably (atomic-file) and merges concurrent writes the way steno does:
// while one write is on its way to disk, later writes wait in one slot where only the newest data is
// kept. Every caller's promise settles with the first durable write that holds its data or newer.
import type { Adapter } from 'lowdb';
import { readJsonOrNull, writeFileAtomic } from './atomic-file.js';

export interface FsyncJsonAdapterOptions {
  /** File mode of the JSON file; default 0600. */
  mode?: number;
  /** Indentation for JSON.stringify; default 2 (state.json is small and read by people). */
  indent?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class FsyncJsonAdapter<T> implements Adapter<T> {
  readonly path: string;
  readonly #mode: number | undefined;
  readonly #indent: number;
  #writing = false;
  #next: { text: string; waiters: Waiter[] } | null = null;
  #durableWrites = 0;

  constructor(path: string, opts: FsyncJsonAdapterOptions = {}) {
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

  read(): Promise<T | null> {
    return readJsonOrNull<T>(this.path);
  }

  write(data: T): Promise<void> {
    // Serialise now: lowdb hands us its live object, which the caller keeps mutating.
    const text = JSON.stringify(data, null, this.#indent) + '\n';
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
