import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectorError } from './collector-error.js';
import { exists, listDir, readText, readTrimmed } from './read.js';

describe('root-aware readers', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mamori-read-'));
    await mkdir(join(root, 'etc/sub'), { recursive: true });
    await writeFile(join(root, 'etc/name'), '  hello \n');
    await writeFile(join(root, 'etc/blank'), '\n\n');
    await writeFile(join(root, 'etc/b'), '');
    await writeFile(join(root, 'etc/a'), '');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads under the root, not the live machine', async () => {
    expect(await readText(root, '/etc/name')).toBe('  hello \n');
    expect(await readTrimmed(root, '/etc/name')).toBe('hello');
  });

  it('treats missing paths and empty files as absent', async () => {
    expect(await readText(root, '/etc/missing')).toBeNull();
    expect(await readText(root, '/etc/name/below-a-file')).toBeNull(); // ENOTDIR
    expect(await readTrimmed(root, '/etc/blank')).toBeNull();
    expect(await listDir(root, '/nope')).toBeNull();
    expect(await exists(root, '/etc/missing')).toBe(false);
  });

  it('lists folders sorted', async () => {
    expect(await listDir(root, '/etc')).toEqual(['a', 'b', 'blank', 'name', 'sub']);
    expect(await exists(root, '/etc/sub')).toBe(true);
  });

  it('throws a typed error for failures that are not "absent"', async () => {
    const err = await readText(root, '/etc/sub').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectorError);
    expect((err as CollectorError).code).toBe('READ_FAILED');
    expect((err as CollectorError).context.path).toBe(join(root, 'etc/sub'));
  });
});
