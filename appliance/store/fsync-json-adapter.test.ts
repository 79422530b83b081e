import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsyncJsonAdapter } from './fsync-json-adapter.js';

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
