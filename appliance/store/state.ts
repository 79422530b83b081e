// The box's hot state in lowdb: `<dataDir>/state.json`, validated at load, written durably.
// Critical changes (tokens, agents, alerts) go through update(), which resolves once on disk;
// chatty ones (lastSeen) mutate `data` and call scheduleWrite(), which writes at most once a second.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { MamoriError } from '../errors/mamori-error.js';
import { createLogger, type Logger } from '../../common/log.js';
import { FsyncJsonAdapter } from './fsync-json-adapter.js';
import { defaultState, parseState, type State } from './state-schema.js';

export type { Agent, Alert, Asset, AssetFlag, Settings, State, Token } from './state-schema.js';

export const STATE_FILE = 'state.json';

export interface StateStore {
  readonly path: string;
  /** The live state. Mutate it only inside update(), or follow a mutation with scheduleWrite(). */
  readonly data: State;
  /** Apply a synchronous mutation and resolve once a write holding it is durable. */
  update(fn: (d: State) => void): Promise<void>;
  /** Write soon (within debounceMs), merging with other scheduled writes; errors are logged. */
  scheduleWrite(): void;
  /** Writes that reached the disk so far (for tests and metrics). */
  readonly durableWrites: number;
  /** Flush anything scheduled or in flight; later update() calls fail. Idempotent. */
  close(): Promise<void>;
}

export interface OpenStateOptions {
  logger?: Logger;
  /** Delay of scheduleWrite(); default 1000 ms. */
  debounceMs?: number;
}

class LowStateStore implements StateStore {
  readonly path: string;
  readonly #db: Low<State>;
  readonly #adapter: FsyncJsonAdapter<State>;
  readonly #log: Logger;
  readonly #debounceMs: number;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  #closing: Promise<void> | null = null;

  constructor(path: string, adapter: FsyncJsonAdapter<State>, data: State, opts: OpenStateOptions) {
    this.path = path;
    this.#adapter = adapter;
    this.#db = new Low(adapter, data);
    this.#log = opts.logger ?? createLogger('state');
    this.#debounceMs = opts.debounceMs ?? 1000;
  }

  get data(): State {
    return this.#db.data;
  }

  get durableWrites(): number {
    return this.#adapter.durableWrites;
  }

  async update(fn: (d: State) => void): Promise<void> {
    if (this.#closed) throw new MamoriError('INTERNAL', `state store ${this.path} is closed`, { path: this.path });
    const result: unknown = fn(this.#db.data);
    if (result instanceof Promise) {
      // Mutations after an await would not be covered by this write.
      throw new MamoriError('INTERNAL', 'state update() callbacks must be synchronous', { path: this.path });
    }
    this.#cancelScheduled(); // this write carries the scheduled changes too
    await this.#db.write();
  }

  scheduleWrite(): void {
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#db.write().catch((err: unknown) => this.#log.error('state write failed', { path: this.path, err }));
    }, this.#debounceMs);
    // The timer must not keep the process alive; close() flushes what it would have written.
    this.#timer.unref();
  }

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

  #cancelScheduled(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/** Open (or create, mode 0600) `<dataDir>/state.json`. An invalid file is a BAD_INPUT error naming the field. */
export async function openState(dataDir: string, opts: OpenStateOptions = {}): Promise<StateStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, STATE_FILE);
  const adapter = new FsyncJsonAdapter<State>(path, { mode: 0o600 });
  const raw = await adapter.read();
  const data = raw === null ? defaultState() : parseState(raw, path);
  const store = new LowStateStore(path, adapter, data, opts);
  if (raw === null) await store.update(() => {}); // the file exists from the first start on
  return store;
}
