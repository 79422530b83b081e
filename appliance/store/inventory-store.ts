// The latest full inventory per asset: `<dataDir>/inventory/<assetId>.json`, one file per asset so an
// agent's report rewrites only its own document, never the whole state. Writes are atomic, and writes
// of one asset run in call order so a slow older write cannot land after a newer one.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MamoriError } from '../errors/mamori-error.js';
import { readJsonOrNull, writeFileAtomic } from './atomic-file.js';

export const InventoryDocSchema = z.object({
  assetId: z.string().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
  sections: z.record(
    z.string(),
    z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'), data: z.unknown(), updatedAt: z.iso.datetime({ offset: true }) }),
  ),
});
export type InventoryDoc = z.infer<typeof InventoryDocSchema>;

// Letters, digits, '.', '_', '-', starting with a letter or digit: no '/', no '..', no hidden files.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function assertSafeAssetId(assetId: string): void {
  if (!SAFE_ID.test(assetId)) {
    throw new MamoriError('BAD_INPUT', `asset id ${JSON.stringify(assetId)} is not a safe file name`, { assetId });
  }
}

export class InventoryStore {
  readonly dir: string;
  readonly #queues = new Map<string, Promise<unknown>>();
  #dirReady: Promise<unknown> | null = null;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'inventory');
  }

  pathOf(assetId: string): string {
    assertSafeAssetId(assetId);
    return join(this.dir, `${assetId}.json`);
  }

  async get(assetId: string): Promise<InventoryDoc | null> {
    const path = this.pathOf(assetId);
    const raw = await readJsonOrNull<unknown>(path);
    if (raw === null) return null;
    const parsed = InventoryDocSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(root)';
      throw new MamoriError('BAD_INPUT', `${path} is not a valid inventory document: ${field}: ${issue?.message}`, { path, field }, { cause: parsed.error });
    }
    return parsed.data;
  }

  async put(assetId: string, doc: InventoryDoc): Promise<void> {
    const path = this.pathOf(assetId);
    if (doc.assetId !== assetId) {
      throw new MamoriError('BAD_INPUT', `inventory document of ${doc.assetId} cannot be stored as ${assetId}`, { assetId, docAssetId: doc.assetId });
    }
    const text = JSON.stringify(doc); // snapshot now; the caller may keep changing doc
    await this.#serial(assetId, async () => {
      await this.#ensureDir();
      await writeFileAtomic(path, text);
    });
  }

  /** Read, change and write one asset's document with no other write of that asset in between. */
  async update(assetId: string, fn: (doc: InventoryDoc | null) => InventoryDoc): Promise<InventoryDoc> {
    this.pathOf(assetId);
    return this.#serial(assetId, async () => {
      const next = fn(await this.get(assetId));
      if (next.assetId !== assetId) {
        throw new MamoriError('BAD_INPUT', `inventory document of ${next.assetId} cannot be stored as ${assetId}`, { assetId, docAssetId: next.assetId });
      }
      await this.#ensureDir();
      await writeFileAtomic(this.pathOf(assetId), JSON.stringify(next));
      return next;
    });
  }

  /** Section name -> hash of what the box holds, so an agent can send only changed sections. */
  async hashes(assetId: string): Promise<Record<string, string>> {
    const doc = await this.get(assetId);
    const out: Record<string, string> = {};
    for (const [name, section] of Object.entries(doc?.sections ?? {})) out[name] = section.hash;
    return out;
  }

  #ensureDir(): Promise<unknown> {
    this.#dirReady ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).catch((e: unknown) => {
      this.#dirReady = null; // let a later call retry
      throw e;
    });
    return this.#dirReady;
  }

  #serial<R>(assetId: string, task: () => Promise<R>): Promise<R> {
    const prev = this.#queues.get(assetId) ?? Promise.resolve();
    const run = prev.then(task, task);
    const tail = run.catch(() => {});
    this.#queues.set(assetId, tail);
    // Forget the queue once it drains, so the map does not grow with every asset ever seen.
    void tail.then(() => {
      if (this.#queues.get(assetId) === tail) this.#queues.delete(assetId);
    });
    return run;
  }
}
