// The latest full inventory per asset: `<dataDir>/inventory/<assetId>.json`, one file per asset so an
// agent's report rewrites only its own document, never the whole state. Writes are durable (a JSON
// document each), and writes of one asset run in call order so a slow older write cannot land after
// a newer one. Documents are read from disk on demand: 5,000 PCs' inventories stay out of memory.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JsonStore, readJsonDocument } from '../../common/json-store.js';
import { KeyedQueue } from '../../common/keyed-queue.js';
import { MamoriError } from '../errors/mamori-error.js';

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

const WHAT = 'inventory document';
// One line per document: inventories are read by the box, not by people.
const ADAPTER = { mode: 0o600, indent: 0 };

function checkOwner(assetId: string, doc: InventoryDoc): void {
  if (doc.assetId !== assetId) {
    throw new MamoriError('BAD_INPUT', `inventory document of ${doc.assetId} cannot be stored as ${assetId}`, { assetId, docAssetId: doc.assetId });
  }
}

export class InventoryStore {
  readonly dir: string;
  readonly #queue = new KeyedQueue<string>();
  #dirReady: Promise<unknown> | null = null;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'inventory');
  }

  pathOf(assetId: string): string {
    assertSafeAssetId(assetId);
    return join(this.dir, `${assetId}.json`);
  }

  async get(assetId: string): Promise<InventoryDoc | null> {
    return readJsonDocument(this.pathOf(assetId), InventoryDocSchema, WHAT);
  }

  /** Replaces an asset's document (whatever the file held); the document is copied at the call. */
  async put(assetId: string, doc: InventoryDoc): Promise<void> {
    const path = this.pathOf(assetId);
    checkOwner(assetId, doc);
    const snapshot = structuredClone(doc); // the caller may keep changing doc
    await this.#queue.run(assetId, async () => {
      await this.#ensureDir();
      await JsonStore.create(path, snapshot, ADAPTER);
    });
  }

  /** Read, change and write one asset's document with no other write of that asset in between. */
  async update(assetId: string, fn: (doc: InventoryDoc | null) => InventoryDoc): Promise<InventoryDoc> {
    const path = this.pathOf(assetId);
    return this.#queue.run(assetId, async () => {
      const store = await JsonStore.open(path, InventoryDocSchema.nullable(), () => null, { ...ADAPTER, what: WHAT });
      const next = fn(store.data);
      checkOwner(assetId, next);
      await this.#ensureDir();
      await store.set(next);
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
}
