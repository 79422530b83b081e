// The daemon's discovery module against recorded devices served on loopback, with the real state
// store and journal: scheduled and manual runs, new/missing/changed events, alerts, settings changes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { silentLogger } from '../../common/log.js';
import { Journal, type JournalRecord } from '../journal/index.js';
import { openState, type StateStore } from '../store/state.js';
import { DiscoveryService } from './discovery-service.js';
import { serveSnmprec, type RunningAgent } from './test-utils/snmprec-agent.js';

const rec = (name: string) => new URL(`./fixtures/snmprec/${name}.snmprec`, import.meta.url).pathname;

let dir: string;
let state: StateStore;
let journal: Journal;
let agents: RunningAgent[];
let service: DiscoveryService | null;
let clock: Date;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-disc-svc-'));
  state = await openState(dir, { logger: silentLogger });
  journal = await Journal.open(join(dir, 'journal'), { log: silentLogger });
  agents = await Promise.all([serveSnmprec(rec('sharp-mx3570n')), serveSnmprec(rec('synology-dsm'))]);
  clock = new Date('2026-11-26T10:00:00Z');
  service = null;
});

afterEach(async () => {
  await service?.stop();
  await Promise.all(agents.map((a) => a.close()));
  await journal.close();
  await state.close();
  await rm(dir, { recursive: true, force: true });
});

const make = () => (service = new DiscoveryService({ state, journal, log: silentLogger, timeoutMs: 300, now: () => clock }));
const targets = () => agents.map((a) => `127.0.0.1:${a.port}`);

async function events(kind: string): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for await (const r of journal.query({ kind, order: 'asc' })) out.push(r);
  return out;
}

async function until<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('off until configured: start() sends nothing and runNow() says what is missing', async () => {
  const s = make();
  s.start();
  expect(s.status()).toMatchObject({ enabled: false, configured: false, scheduled: false, running: false, lastRun: null });
  await expect(s.runNow()).rejects.toThrow(/not configured/);
  await state.update((d) => void (d.settings.discovery.targets = targets()));
  s.onSettingsChanged();
  expect(s.status()).toMatchObject({ configured: true, scheduled: false, lastRun: null }); // still disabled
});

test('a settings change runs at once: new devices are ledger assets, journaled and alerted', async () => {
  const s = make();
  s.start();
  await state.update((d) => Object.assign(d.settings.discovery, { enabled: true, targets: targets(), intervalMinutes: 60 }));
  s.onSettingsChanged();
  const news = await until(async () => ((await events('discovery.new')).length === 2 ? events('discovery.new') : undefined));
  expect(news.map((r) => r.src)).toEqual(['system', 'system']);
  expect(news.map((r) => (r.data as { vendor: string }).vendor).sort()).toEqual(['Sharp', 'Synology']);
  const devices = state.data.assets.filter((a) => a.kind === 'device');
  expect(devices.map((a) => [a.type, a.vendor, a.model, a.serial]).sort()).toEqual([
    ['mfp', 'Sharp', 'MX-3570N', '6509415X00'],
    ['nas', 'Synology', undefined, undefined], // the public recording carries neither
  ]);
  expect(state.data.alerts.filter((a) => a.kind === 'discovery.new').map((a) => a.assetId).sort()).toEqual(devices.map((a) => a.assetId).sort());
  expect(s.status()).toMatchObject({ scheduled: true, nextRunAt: expect.any(String), lastRun: { reason: 'settings', devices: 2, events: { new: 2 } } });
});

test('a device not seen for missingAfterMinutes is missing once; a known one again is not new', async () => {
  const s = make();
  await state.update((d) => Object.assign(d.settings.discovery, { targets: targets(), missingAfterMinutes: 5 }));
  await s.runNow();
  await agents[1]!.close();
  agents = [agents[0]!];
  clock = new Date(clock.getTime() + 2 * 60_000);
  expect((await s.runNow()).summary.events).toEqual({ new: 0, changed: 0, missing: 0 }); // gone, but not for long
  clock = new Date(clock.getTime() + 6 * 60_000);
  expect((await s.runNow()).summary.events).toEqual({ new: 0, changed: 0, missing: 1 });
  expect((await s.runNow()).summary.events).toEqual({ new: 0, changed: 0, missing: 0 }); // said once
  const missing = await events('discovery.missing');
  expect(missing).toHaveLength(1);
  const nas = state.data.assets.find((a) => a.vendor === 'Synology')!;
  expect(missing[0]!.data).toMatchObject({ assetId: nas.assetId });
  expect(nas.flags.map((f) => f.code)).toContain('discovery.missing');
  expect(state.data.alerts.filter((a) => a.kind === 'discovery.missing').map((a) => a.assetId)).toEqual([nas.assetId]);
  expect(await events('discovery.new')).toHaveLength(2);
});

test('runs never overlap, stop() aborts the run in flight and is idempotent', async () => {
  let concurrent = 0;
  let most = 0;
  const s = (service = new DiscoveryService({
    state, journal, log: silentLogger, now: () => clock,
    discover: async (o) => {
      most = Math.max(most, ++concurrent);
      await new Promise((r) => setTimeout(r, 100));
      concurrent--;
      return { devices: [], errors: [], stats: { snmpTargets: o.snmpTargets.length, snmpAnswered: 0, snmpMalformed: 0, mdnsTypes: 0, mdnsDevices: 0, mdnsDropped: 0, ms: 100 } };
    },
  }));
  await state.update((d) => void (d.settings.discovery.targets = ['127.0.0.1']));
  await Promise.all([s.runNow(), s.runNow(), s.runNow()]);
  expect(most).toBe(1);
  const inFlight = s.runNow();
  await s.stop();
  await s.stop();
  await expect(inFlight).rejects.toThrow(/stopping/);
  await expect(s.runNow()).rejects.toThrow(/stopping/);
});
