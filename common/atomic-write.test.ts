import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dirSyncErrorIgnorable, readJsonOrNull, removeStaleTemps, writeFileAtomic } from './atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes, replaces, and leaves no temp file behind', async () => {
    const p = join(dir, 'a.json');
    await writeFileAtomic(p, '{"v":1}');
    await writeFileAtomic(p, new TextEncoder().encode('{"v":2}'));
    expect(await readFile(p, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('sets the requested mode whatever the umask, 0600 by default', async () => {
    const old = process.umask(0o000);
    try {
      await writeFileAtomic(join(dir, 'priv'), 'x');
      await writeFileAtomic(join(dir, 'pub'), 'x', { mode: 0o644 });
    } finally {
      process.umask(old);
    }
    expect((await stat(join(dir, 'priv'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'pub'))).mode & 0o777).toBe(0o644);
  });

  it('keeps every concurrent write whole: the file holds exactly one of them', async () => {
    const p = join(dir, 'c.json');
    const values = Array.from({ length: 30 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000 + i) }));
    await Promise.all(values.map((v) => writeFileAtomic(p, v)));
    expect(values).toContain(await readFile(p, 'utf8'));
    expect(await readdir(dir)).toEqual(['c.json']);
  });

  it('names the target and keeps the system code when it cannot write', async () => {
    const p = join(dir, 'missing-folder', 'x.json');
    const err = await writeFileAtomic(p, 'x').catch((e: unknown) => e as NodeJS.ErrnoException);
    expect(err).toBeInstanceOf(Error);
    expect(err?.message).toContain(p);
    expect(err?.code).toBe('ENOENT');
  });

  it('cleans up its temp file when the rename fails', async () => {
    const target = join(dir, 'is-a-dir');
    await mkdir(join(target, 'child'), { recursive: true }); // rename over a non-empty dir fails
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(target);
    expect((await readdir(dir)).sort()).toEqual(['is-a-dir']);
  });
});

describe('folder fsync', () => {
  it('ignores what Windows and some file systems cannot do, and nothing else', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    // Windows cannot open a folder for fsync at all.
    expect(dirSyncErrorIgnorable(err('EISDIR'), 'win32')).toBe(true);
    expect(dirSyncErrorIgnorable(err('EACCES'), 'win32')).toBe(true);
    expect(dirSyncErrorIgnorable(err('EINVAL'), 'linux')).toBe(true);
    expect(dirSyncErrorIgnorable(err('ENOTSUP'), 'darwin')).toBe(true);
    expect(dirSyncErrorIgnorable(err('EIO'), 'linux')).toBe(false);
    expect(dirSyncErrorIgnorable(err('ENOENT'), 'linux')).toBe(false);
  });
});

describe('removeStaleTemps', () => {
  it('removes the temp files a crash left beside a file, and only those', async () => {
    const p = join(dir, 'state.json');
    await writeFileAtomic(p, '{}');
    await writeFile(join(dir, '.state.json.4242.7.tmp'), 'torn');
    await writeFile(join(dir, '.state.json.notes'), 'keep');
    await writeFile(join(dir, '.other.json.4242.7.tmp'), 'keep');
    expect(await removeStaleTemps(p)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.4242.7.tmp', '.state.json.notes', 'state.json']);
    expect(await removeStaleTemps(join(dir, 'missing', 'x.json'))).toBe(0);
  });
});

describe('readJsonOrNull', () => {
  it('reads JSON, and a missing file as null', async () => {
    const p = join(dir, 'r.json');
    expect(await readJsonOrNull(p)).toBeNull();
    await writeFile(p, '{"a":[1,2]}');
    expect(await readJsonOrNull<{ a: number[] }>(p)).toEqual({ a: [1, 2] });
  });

  it('rethrows bad JSON and other errors with the path in the message', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"a":');
    await expect(readJsonOrNull(bad)).rejects.toThrow(`cannot parse JSON in ${bad}`);
    const err = await readJsonOrNull(dir).then(
      () => null,
      (e: unknown) => e as NodeJS.ErrnoException,
    );
    expect(err?.message).toContain(dir);
    expect(err?.code).toBe('EISDIR');
  });
});
