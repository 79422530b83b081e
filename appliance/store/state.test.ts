import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCodedError, type CodedError } from '../../common/coded-error.js';
import { silentLogger } from '../../common/log.js';
import { openState } from './state.js';
import { defaultState } from './state-schema.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = '2025-04-01T09:00:00.000Z';
const asset = { assetId: 'as-1', kind: 'pc' as const, name: 'PC-1', macs: [], ips: [], firstSeen: now, lastSeen: now, flags: [] };

async function openError(content: string): Promise<CodedError> {
  await writeFile(join(dir, 'state.json'), content);
  const err: unknown = await openState(dir, { logger: silentLogger }).catch((e: unknown) => e);
  if (!isCodedError(err, 'DOCUMENT_INVALID')) throw new Error(`expected DOCUMENT_INVALID, got ${String(err)}`);
  return err;
}

describe('openState', () => {
  it('creates state.json with defaults, mode 0600', async () => {
    const s = await openState(dir, { logger: silentLogger });
    expect(s.data).toEqual(defaultState());
    expect(s.data.settings.discovery.enabled).toBe(false);
    expect((await stat(join(dir, 'state.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8'))).toEqual(defaultState());
    await s.close();
  });

  it('update() is durable: a second open sees it', async () => {
    const s = await openState(dir, { logger: silentLogger });
    await s.update((d) => {
      d.assets.push(asset);
      d.settings.rateLimit.burst = 42;
    });
    const again = await openState(dir, { logger: silentLogger });
    expect(again.data.assets).toEqual([asset]);
    expect(again.data.settings.rateLimit.burst).toBe(42);
    await s.close();
    await again.close();
  });

  it('names the field and the file when the schema fails', async () => {
    const bad = defaultState() as unknown as { settings: { rateLimit: { burst: unknown } } };
    bad.settings.rateLimit.burst = 'lots';
    const err = await openError(JSON.stringify(bad));
    expect(err.message).toContain(join(dir, 'state.json'));
    expect(err.message).toContain('settings.rateLimit.burst');
    expect(err.context).toMatchObject({ path: join(dir, 'state.json'), field: 'settings.rateLimit.burst' });
  });

  it('names array fields with their index', async () => {
    const err = await openError(JSON.stringify({ tokens: [{ id: 't', hash: 'not-hex', createdAt: now, createdBy: 'a', expiresAt: now, usesLeft: 1, uses: 0 }] }));
    expect(err.context['field']).toBe('tokens[0].hash');
    expect(err.message).toContain('sha256');
  });

  it('reports a file that is not JSON with its path', async () => {
    await writeFile(join(dir, 'state.json'), '{"settings": ');
    await expect(openState(dir, { logger: silentLogger })).rejects.toThrow(join(dir, 'state.json'));
  });

  it('fills settings added since an older file was written, and keeps unknown top-level keys', async () => {
    await writeFile(join(dir, 'state.json'), JSON.stringify({ settings: { retentionDays: 90 }, policies: [{ v: 3 }] }));
    const s = await openState(dir, { logger: silentLogger });
    expect(s.data.settings.retentionDays).toBe(90);
    expect(s.data.settings.discovery.browseWindowMs).toBe(5000);
    await s.update((d) => void d.alerts.push({ id: 'a1', at: now, kind: 'unknown-device', message: 'new device' }));
    const onDisk = JSON.parse(await readFile(s.path, 'utf8')) as Record<string, unknown>;
    expect(onDisk['policies']).toEqual([{ v: 3 }]);
    await s.close();
  });
  // Debounced writes, close() and refusing async changes are JsonStore's: common/json-store.test.ts.
});
