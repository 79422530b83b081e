// <data>/ledger/mynumber-files.json: the ledger of 特定個人情報ファイル per asset. It grows with the
// office's files, so it lives outside state.json; every change rewrites it atomically. Updates from
// several agents run one after another on the one in-memory copy.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MamoriError } from '../errors/mamori-error.js';
import { readJsonOrNull, writeFileAtomic } from '../store/atomic-file.js';
import { liveCount, type LedgerEntry } from './ledger-apply.js';

export const LEDGER_DIR = 'ledger';
export const MYNUMBER_LEDGER_FILE = 'mynumber-files.json';

const Entry = z.object({
  assetId: z.string(),
  host: z.string(),
  root: z.string(),
  path: z.string(),
  count: z.number().int().nonnegative(),
  countCapped: z.boolean().optional(),
  occurrences: z.number().int().nonnegative(),
  confidence: z.enum(['high', 'low']),
  size: z.number().nonnegative(),
  modified: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  goneAt: z.string().optional(),
  scanId: z.string(),
});
const LedgerFile = z.object({ version: z.literal(1), entries: z.array(Entry) });

export class MyNumberLedger {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly list: LedgerEntry[],
  ) {}

  static async open(dataDir: string): Promise<MyNumberLedger> {
    const dir = join(dataDir, LEDGER_DIR);
    await mkdir(dir, { recursive: true, mode: 0o750 });
    const file = join(dir, MYNUMBER_LEDGER_FILE);
    const raw = await readJsonOrNull<unknown>(file);
    if (raw === null) return new MyNumberLedger(file, []);
    const parsed = LedgerFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new MamoriError('BAD_INPUT', `${file} is not a valid ledger: ${issue.path.join('.')}: ${issue.message}`, { path: file }, { cause: parsed.error });
    }
    return new MyNumberLedger(file, parsed.data.entries as LedgerEntry[]);
  }

  /** A copy, so a caller cannot change the ledger behind the file's back. */
  entries(filter: { assetId?: string; includeGone?: boolean } = {}): LedgerEntry[] {
    return this.list
      .filter((e) => (!filter.assetId || e.assetId === filter.assetId) && (filter.includeGone !== false || e.goneAt === undefined))
      .map((e) => ({ ...e }));
  }

  /** Files in the ledger (not gone) for one asset. */
  liveCount(assetId: string): number {
    return liveCount(this.list, assetId);
  }

  /**
   * Runs `change` on the entries and writes the file when it reports a change. Calls run one after
   * another; if the write fails the file keeps its old content and the error reaches the caller
   * (the agent's batch is then not acknowledged and comes again).
   */
  update<T>(change: (entries: LedgerEntry[]) => { result: T; changed: boolean }): Promise<T> {
    const next = this.queue.then(async () => {
      const { result, changed } = change(this.list);
      if (changed) await writeFileAtomic(this.file, JSON.stringify({ version: 1, entries: this.list }) + '\n');
      return result;
    });
    this.queue = next.catch(() => {});
    return next;
  }
}
