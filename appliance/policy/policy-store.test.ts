import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyMsg } from '../../protocol/wire.js';
import { defaultState, type Settings } from '../store/state-schema.js';
import { PolicyStore } from './policy-store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function dataDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'mamori-policy-'));
  dirs.push(d);
  return d;
}
const withScan = (paths: string[], intervalHours = 24): Settings => ({ ...defaultState().settings, scan: { ...defaultState().settings.scan, paths, intervalHours } });

describe('PolicyStore', () => {
  it('starts at version 1 from the settings and sends a message agents accept', async () => {
    const store = await PolicyStore.open(await dataDir(), defaultState().settings);
    expect(store.version).toBe(1);
    const msg = store.message();
    expect(PolicyMsg.parse(msg)).toEqual({
      t: 'policy',
      version: 1,
      policy: { scan: { paths: [], intervalHours: 24, maxFileBytes: 512 * 1024 * 1024, maxFileMs: 120_000 } },
    });
  });

  it('takes a new version only when the policy changes, and keeps it across restarts', async () => {
    const dir = await dataDir();
    const store = await PolicyStore.open(dir, withScan(['/srv/a']));
    expect(await store.refresh(withScan(['/srv/a']))).toBe(false);
    expect(store.version).toBe(1);
    // A change that is not about agents (discovery) is not a new policy.
    expect(await store.refresh({ ...withScan(['/srv/a']), retentionDays: 30 })).toBe(false);
    expect(await store.refresh(withScan(['/srv/a'], 12))).toBe(true);
    expect(store.version).toBe(2);
    const reopened = await PolicyStore.open(dir, withScan(['/srv/a'], 12));
    expect(reopened.version).toBe(2);
    // Settings changed while the box was down (a restored state.json): the next start takes a version.
    const changed = await PolicyStore.open(dir, withScan(['/srv/b'], 12));
    expect(changed.version).toBe(3);
    expect(changed.message().policy.scan.paths).toEqual(['/srv/b']);
  });

  it('gives concurrent refreshes distinct versions', async () => {
    const store = await PolicyStore.open(await dataDir(), withScan([]));
    const results = await Promise.all([store.refresh(withScan(['/a'])), store.refresh(withScan(['/b'])), store.refresh(withScan(['/b']))]);
    expect(results).toEqual([true, true, false]);
    expect(store.version).toBe(3);
  });
});
