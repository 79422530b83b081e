import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCodedError } from './coded-error.js';
import { DocumentError, FsyncJsonAdapter, JsonStore, readJsonDocument } from './json-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-adapter-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FsyncJsonAdapter', () => {
  it('reads a missing file as null and round-trips data with the requested mode', async () => {
    const a = new FsyncJsonAdapter<{ n: number }>(join(dir, 'db.json'), { mode: 0o600 });
    expect(await a.read()).toBeNull();
    await a.write({ n: 7 });
    expect(await a.read()).toEqual({ n: 7 });
    expect((await stat(a.path)).mode & 0o777).toBe(0o600);
  });

  it('race: 100 concurrent writes leave the last value, with far fewer than 100 renames', async () => {
    const a = new FsyncJsonAdapter<{ v: number }>(join(dir, 'race.json'));
    // Each caller checks, at the moment its promise resolves, that its data or newer is on disk.
    const seenOnDisk: number[] = [];
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        a.write({ v: i }).then(() => {
          seenOnDisk[i] = (JSON.parse(readFileSync(a.path, 'utf8')) as { v: number }).v;
        }),
      ),
    );
    expect(JSON.parse(await readFile(a.path, 'utf8'))).toEqual({ v: 99 });
    seenOnDisk.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(i));
    expect(seenOnDisk).toHaveLength(100);
    expect(a.durableWrites).toBeLessThan(10);
    expect(a.busy).toBe(false);
    expect(await readdir(dir)).toEqual(['race.json']);
  });

  it('snapshots data at write() time, so later mutation of the same object does not leak in', async () => {
    const a = new FsyncJsonAdapter<{ items: number[] }>(join(dir, 'snap.json'));
    const live = { items: [1] };
    const first = a.write(live);
    live.items.push(2);
    await first;
    const second = a.write(live);
    live.items.push(3); // not written until the next write() call
    await second;
    expect(await a.read()).toEqual({ items: [1, 2] });
  });

  it('rejects every waiter of a failed write, and recovers on the next one', async () => {
    const sub = join(dir, 'later');
    const a = new FsyncJsonAdapter<{ v: number }>(join(sub, 'x.json'));
    const results = await Promise.allSettled([a.write({ v: 1 }), a.write({ v: 2 }), a.write({ v: 3 })]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const reason = (results[0] as PromiseRejectedResult).reason as Error;
    expect(reason.message).toContain(join(sub, 'x.json'));
    await mkdir(sub);
    await a.write({ v: 4 });
    expect(await a.read()).toEqual({ v: 4 });
  });

  it('works under lowdb: concurrent updates all land', async () => {
    const db = new Low(new FsyncJsonAdapter<{ list: number[] }>(join(dir, 'low.json')), { list: [] });
    await db.read();
    await Promise.all(Array.from({ length: 50 }, (_, i) => db.update((d) => void d.list.push(i))));
    const again = new Low(new FsyncJsonAdapter<{ list: number[] }>(join(dir, 'low.json')), { list: [] });
    await again.read();
    expect(again.data.list).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

const Doc = z.object({
  version: z.literal(1),
  items: z.array(z.object({ name: z.string().min(1), n: z.number().int() })).default([]),
});
const fresh = () => ({ version: 1 as const, items: [] });

async function openError(content: string): Promise<DocumentError> {
  const p = join(dir, 'doc.json');
  await writeFile(p, content);
  const err: unknown = await JsonStore.open(p, Doc, fresh, { what: 'test document' }).catch((e: unknown) => e);
  if (!isCodedError(err, 'DOCUMENT_INVALID')) throw new Error(`expected DOCUMENT_INVALID, got ${String(err)}`);
  return err as DocumentError;
}

describe('JsonStore', () => {
  it('starts from the initial document, and creates the file only when asked', async () => {
    const lazy = await JsonStore.open(join(dir, 'lazy.json'), Doc, fresh);
    expect(lazy.data).toEqual(fresh());
    expect(await readdir(dir)).toEqual([]);
    const eager = await JsonStore.open(join(dir, 'eager.json'), Doc, fresh, { create: true, mode: 0o640 });
    expect(JSON.parse(await readFile(eager.path, 'utf8'))).toEqual(fresh());
    expect((await stat(eager.path)).mode & 0o777).toBe(0o640);
    expect(await JsonStore.openExisting(join(dir, 'none.json'), Doc)).toBeNull();
  });

  it('update() applies in call order, is durable, and returns what the change returns', async () => {
    const s = await JsonStore.open(join(dir, 'd.json'), Doc, fresh);
    const counts = await Promise.all(Array.from({ length: 30 }, (_, i) => s.update((d) => d.items.push({ name: `i${i}`, n: i }))));
    expect(counts).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const again = await JsonStore.openExisting(s.path, Doc);
    expect(again?.data.items.map((x) => x.n)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(s.durableWrites).toBeLessThan(30); // concurrent writes were merged
  });

  it('skipWrite() leaves the file alone; set() replaces the document', async () => {
    const s = await JsonStore.open(join(dir, 'd.json'), Doc, fresh, { create: true });
    const before = s.durableWrites;
    expect(await s.update((d, skipWrite) => (skipWrite(), d.items.length))).toBe(0);
    expect(s.durableWrites).toBe(before);
    await s.set({ version: 1, items: [{ name: 'x', n: 1 }] });
    expect(await readJsonDocument(s.path, Doc)).toEqual({ version: 1, items: [{ name: 'x', n: 1 }] });
  });

  it('names the file and the field of an invalid document, with array indexes', async () => {
    const err = await openError(JSON.stringify({ version: 1, items: [{ name: 'a', n: 1 }, { name: '', n: 2 }] }));
    expect(err.message).toContain(join(dir, 'doc.json'));
    expect(err.message).toContain('is not a valid test document: items[1].name');
    expect(err.context).toMatchObject({ path: join(dir, 'doc.json'), field: 'items[1].name' });
  });

  it('calls a file that is not JSON invalid too, naming it', async () => {
    const err = await openError('{"version": ');
    expect(err.message).toContain(join(dir, 'doc.json'));
    await expect(readJsonDocument(join(dir, 'doc.json'), Doc)).rejects.toThrow(/cannot parse JSON/);
  });

  it('scheduleWrite() merges a burst into one write after the debounce', async () => {
    const s = await JsonStore.open(join(dir, 'd.json'), Doc, fresh, { create: true, debounceMs: 150 });
    const before = s.durableWrites;
    for (let i = 0; i < 20; i++) {
      s.data.items[0] = { name: 'x', n: i };
      s.scheduleWrite();
    }
    expect(JSON.parse(await readFile(s.path, 'utf8')).items).toEqual([]); // not yet
    const deadline = Date.now() + 10_000; // the debounce, plus an fsync on a busy machine
    while (s.durableWrites === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300)); // room for a (wrong) second write to show up
    expect(s.durableWrites - before).toBe(1);
    expect(JSON.parse(await readFile(s.path, 'utf8')).items).toEqual([{ name: 'x', n: 19 }]);
    await s.close();
  });

  it('close() flushes a scheduled write; later changes fail; async changes are refused', async () => {
    const s = await JsonStore.open(join(dir, 'd.json'), Doc, fresh, { debounceMs: 60_000 });
    await expect(s.update((async () => {}) as unknown as () => void)).rejects.toThrow('synchronous');
    s.data.items.push({ name: 'late', n: 1 });
    s.scheduleWrite();
    await s.close();
    await s.close(); // idempotent
    expect(JSON.parse(await readFile(s.path, 'utf8')).items).toEqual([{ name: 'late', n: 1 }]);
    await expect(s.update(() => {})).rejects.toSatisfy((e) => isCodedError(e, 'DOCUMENT_CLOSED'));
  });
});
