import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCodedError } from '../../common/coded-error.js';
import { isMamoriError } from '../errors/mamori-error.js';
import { InventoryStore, type InventoryDoc } from './inventory-store.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mamori-inv-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const at = '2025-04-01T09:00:00.000Z';
const hashOf = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex');
function doc(assetId: string, sections: Record<string, unknown>): InventoryDoc {
  const out: InventoryDoc = { assetId, updatedAt: at, sections: {} };
  for (const [k, data] of Object.entries(sections)) out.sections[k] = { hash: hashOf(data), data, updatedAt: at };
  return out;
}

describe('InventoryStore', () => {
  it('returns null for an unknown asset, and round-trips a document', async () => {
    const s = new InventoryStore(dataDir);
    expect(await s.get('as-1')).toBeNull();
    expect(await s.hashes('as-1')).toEqual({});
    const d = doc('as-1', { os: { name: 'Windows 11' }, disks: [{ size: 512 }] });
    await s.put('as-1', d);
    expect(await s.get('as-1')).toEqual(d);
    expect(await s.hashes('as-1')).toEqual({ os: hashOf({ name: 'Windows 11' }), disks: hashOf([{ size: 512 }]) });
    expect(await readdir(join(dataDir, 'inventory'))).toEqual(['as-1.json']);
    expect((await stat(join(dataDir, 'inventory', 'as-1.json'))).mode & 0o777).toBe(0o600);
  });

  it.each(['../state', '..', '.hidden', 'a/b', 'a\\b', '', 'x'.repeat(200), 'nul\0'])('refuses unsafe asset id %j', async (id) => {
    const s = new InventoryStore(dataDir);
    for (const attempt of [() => s.get(id), () => s.put(id, doc(id, {})), () => s.hashes(id)]) {
      const err: unknown = await attempt().catch((e: unknown) => e);
      expect(isMamoriError(err, 'BAD_INPUT')).toBe(true);
    }
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a document whose assetId differs from the file it would go to', async () => {
    const s = new InventoryStore(dataDir);
    await expect(s.put('as-1', doc('as-2', {}))).rejects.toThrow('as-2');
  });

  it('keeps call order for writes of one asset: the last put wins', async () => {
    const s = new InventoryStore(dataDir);
    const docs = Array.from({ length: 25 }, (_, i) => doc('as-9', { n: i, pad: 'x'.repeat(20_000) }));
    await Promise.all(docs.map((d) => s.put('as-9', d)));
    expect(await s.get('as-9')).toEqual(docs[24]);
  });

  it('update() reads, changes and writes without lost updates', async () => {
    const s = new InventoryStore(dataDir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        s.update('as-3', (cur) => {
          const next = cur ?? doc('as-3', {});
          next.sections[`s${i}`] = { hash: hashOf(i), data: i, updatedAt: at };
          return next;
        }),
      ),
    );
    expect(Object.keys((await s.hashes('as-3')))).toHaveLength(20);
  });

  it('names the file and field of a damaged document', async () => {
    await mkdir(join(dataDir, 'inventory'));
    const p = join(dataDir, 'inventory', 'as-5.json');
    await writeFile(p, JSON.stringify({ assetId: 'as-5', updatedAt: at, sections: { os: { hash: 'zz', data: 1, updatedAt: at } } }));
    const err: unknown = await new InventoryStore(dataDir).get('as-5').catch((e: unknown) => e);
    expect(isCodedError(err, 'DOCUMENT_INVALID')).toBe(true);
    expect((err as Error).message).toContain(p);
    expect((err as Error).message).toContain('sections.os.hash');
  });
});
