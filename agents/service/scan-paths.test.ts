import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScanPatterns, expandPattern, resolveScanRoots } from './scan-paths.js';

let base: string;
let outside: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'mamori-paths-')));
  outside = await realpath(await mkdtemp(join(tmpdir(), 'mamori-outside-')));
  for (const user of ['taro', 'hanako', 'Default', '.hidden']) await mkdir(join(base, 'home', user, 'Documents'), { recursive: true });
  await mkdir(join(base, 'home', 'jiro', 'ドキュメント'), { recursive: true });
  await mkdir(join(base, 'home', 'nodocs'), { recursive: true });
  await writeFile(join(base, 'home', 'afile'), 'x');
  await mkdir(join(outside, 'Documents'));
  // A symlinked "user" must not lead the wildcard outside /home.
  await symlink(outside, join(base, 'home', 'linked'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('expandPattern', () => {
  it('expands one segment, skips template profiles, hidden names, files and symlinks', async () => {
    expect(await expandPattern(join(base, 'home/*/Documents'))).toEqual([join(base, 'home/hanako/Documents'), join(base, 'home/taro/Documents')]);
    expect(await expandPattern(join(base, 'home/*/ドキュメント'))).toEqual([join(base, 'home/jiro/ドキュメント')]);
    expect(await expandPattern(join(base, 'home/t?ro/Documents'))).toEqual([join(base, 'home/taro/Documents')]);
  });

  it('takes a plain folder as it is, and gives nothing for a missing or relative one', async () => {
    expect(await expandPattern(join(base, 'home/taro/Documents'))).toEqual([join(base, 'home/taro/Documents')]);
    expect(await expandPattern(join(base, 'home/nobody/Documents'))).toEqual([]);
    expect(await expandPattern(join(base, 'home/afile'))).toEqual([]);
    expect(await expandPattern('home/*/Documents')).toEqual([]);
  });

  it('caps the number of matches', async () => {
    expect(await expandPattern(join(base, 'home/*/Documents'), path, 1)).toHaveLength(1);
  });
});

describe('resolveScanRoots', () => {
  it("uses the policy's paths, de-duplicated by real path", async () => {
    await symlink(join(base, 'home/taro/Documents'), join(base, 'docs-link'));
    const { roots, usedDefaults } = await resolveScanRoots([join(base, 'home/taro/Documents'), join(base, 'docs-link'), join(base, 'home/*/Documents')]);
    expect(usedDefaults).toBe(false);
    expect(roots).toEqual([join(base, 'home/taro/Documents'), join(base, 'home/hanako/Documents')]);
  });

  it('falls back to the document folders of the platform when the policy names none', async () => {
    const { usedDefaults } = await resolveScanRoots([]);
    expect(usedDefaults).toBe(true);
    expect(defaultScanPatterns('linux')).toEqual(['/home/*/Documents', '/home/*/ドキュメント', '/root/Documents']);
    expect(defaultScanPatterns('darwin')).toEqual(['/Users/*/Documents']);
    expect(defaultScanPatterns('win32')[0]).toMatch(/^[A-Z]:\\Users\\\*\\Documents$/);
  });
});
