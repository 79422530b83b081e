// <data>/ledger/mynumber-files.json: the ledger of 特定個人情報ファイル per asset. It grows with the
// office's files, so it lives outside state.json; every change rewrites it atomically. Updates from
// several agents run one after another on the one in-memory copy.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonStore } from '../../common/json-store.js';
import { liveCount } from './ledger-apply.js';
import { LedgerFileSchema, type LedgerEntry } from './ledger-schema.js';

export const LEDGER_DIR = 'ledger';
export const MYNUMBER_LEDGER_FILE = 'mynumber-files.json';

export class MyNumberLedger {
  private constructor(private readonly store: JsonStore<{ version: 1; entries: LedgerEntry[] }>) {}

  static async open(dataDir: string): Promise<MyNumberLedger> {
    const dir = join(dataDir, LEDGER_DIR);
    await mkdir(dir, { recursive: true, mode: 0o750 });
    const store = await JsonStore.open(join(dir, MYNUMBER_LEDGER_FILE), LedgerFileSchema, () => ({ version: 1 as const, entries: [] }), {
      what: 'ledger',
      indent: 0,
    });
    return new MyNumberLedger(store);
  }

  get file(): string {
    return this.store.path;
  }

  /** A copy, so a caller cannot change the ledger behind the file's back. */
  entries(filter: { assetId?: string; includeGone?: boolean } = {}): LedgerEntry[] {
    return this.store.data.entries
      .filter((e) => (!filter.assetId || e.assetId === filter.assetId) && (filter.includeGone !== false || e.goneAt === undefined))
      .map((e) => ({ ...e }));
  }

  /** Files in the ledger (not gone) for one asset. */
  liveCount(assetId: string): number {
    return liveCount(this.store.data.entries, assetId);
  }

  /**
   * Runs `change` on the entries and writes the file when it reports a change. Calls run one after
   * another; if the write fails the error reaches the caller (the agent's batch is then not
   * acknowledged and comes again; applying it twice changes nothing).
   */
  update<T>(change: (entries: LedgerEntry[]) => { result: T; changed: boolean }): Promise<T> {
    return this.store.update((d, skipWrite) => {
      const { result, changed } = change(d.entries);
      if (!changed) skipWrite();
      return result;
    });
  }
}
