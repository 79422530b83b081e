// Discovery against real Debian snmpd and avahi-daemon in the namespace lab (lab/, ../shared/LAB.md):
// the built `mamori discover` CLI, then the daemon's scheduled runs seeing devices come and go.
// Runs as root (named namespaces) or rootless (an `unshare --user` sandbox); skips with one line
// when neither is possible. Nothing is sent outside the lab's namespaces.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILT, MAMORI, NOT_BUILT_REASON } from '../../e2e/harness/processes.js';
import { ControlClient } from '../control/control-client.js';
import type { Alert } from '../store/state-schema.js';
import type { DiscoveredDevice } from './discover.js';
import { labSupport, startLab, stopInApp, type Lab } from './test-utils/lab.js';

const support = labSupport();
const skip = !BUILT ? `lab tests skipped: ${NOT_BUILT_REASON}` : 'reason' in support ? support.reason : null;
if (skip) console.warn(skip);

/** What each lab device is (lab/devices/*.snmpd.conf and *.service): [type, vendor, model, serial]. */
const EXPECTED: Record<string, [string, string, string, string]> = {
  '10.77.0.1': ['router', 'Yamaha', 'RTX1210', 'S4K0123456'],
  '10.77.0.21': ['mfp', 'Canon', 'iR-ADV C3530', 'XLM01234'],
  '10.77.0.22': ['nas', 'Synology', 'DS220+', '2150SBRXXXXXX'],
  '10.77.0.31': ['ups', 'APC', 'Smart-UPS 1500', 'AS1234567890'],
};
const identity = (d: { type?: string; vendor?: string; model?: string; serial?: string }) => [d.type, d.vendor, d.model, d.serial];

describe.skipIf(skip !== null)(`discovery in the namespace lab (${'mode' in support ? support.mode : 'skipped'})`, () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab('mode' in support ? support.mode : 'root');
  });
  afterAll(async () => {
    await lab?.close();
    if (!lab) return;
    // nothing left behind: no namespace with this run's prefix, no process still using its folder
    expect(spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout).not.toContain(`${lab.prefix}-`);
    expect(spawnSync('pgrep', ['-f', lab.runDir], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });

  test('mamori discover finds every lab device by SNMP and mDNS, the printer as one device', async () => {
    const r = await lab.runInApp([process.execPath, MAMORI, 'discover', '--snmp', '10.77.0.0/24', '--community', 'public', '--community', 'office', '--mdns', '10.77.0.10', '--window', '1500', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const devices = JSON.parse(r.stdout) as DiscoveredDevice[];
    expect(devices.map((d) => d.ips.join())).toEqual(['10.77.0.1', '10.77.0.21', '10.77.0.22']);
    for (const d of devices) expect(identity(d), d.ips[0]).toEqual(EXPECTED[d.ips[0]!]);

    const printer = devices.find((d) => d.ips.includes('10.77.0.21'))!;
    expect(printer.sources).toEqual(['snmp', 'mdns']);
    expect(printer.location).toBe('2F copy room');
    expect(printer.macs).toHaveLength(1);
    expect(printer.evidence.mdns!.map((s) => s.type).sort()).toEqual(['_http._tcp', '_ipp._tcp', '_pdl-datastream._tcp', '_printer._tcp']);
    expect(printer.evidence.mdns!.find((s) => s.type === '_ipp._tcp')!.txt).toMatchObject({ usb_mfg: 'Canon', usb_mdl: 'iR-ADV C3530', ty: 'Canon iR-ADV C3530' });
    expect(devices.find((d) => d.ips.includes('10.77.0.22'))!.sources).toEqual(['snmp', 'mdns']);
    expect(devices.find((d) => d.ips.includes('10.77.0.1'))!.sources).toEqual(['snmp']); // its community is "office"
  });

  test('the daemon discovers on schedule: new devices, a stopped one goes missing, a late one is new', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mamori-lab-box-'));
    const box = lab.spawnInApp([process.execPath, MAMORI, 'serve', '--data', dataDir, '--listen', '127.0.0.1:0']);
    let client: ControlClient | null = null;
    try {
      await box.waitFor(/control socket: /, 30_000, 'stdout');
      client = await ControlClient.connect(join(dataDir, 'control.sock'));
      const seen: Array<{ kind: string; data: Record<string, unknown> }> = [];
      await client.subscribe({ kind: 'discovery.' }, (records) => seen.push(...(records as typeof seen)));
      const waitEvent = (pred: (e: (typeof seen)[number]) => boolean, what: string, ms = 20_000) =>
        waitUntil(() => seen.find(pred), ms, () => `${what}; saw ${JSON.stringify(seen.map((e) => [e.kind, e.data.ips]))}\n${box.stderr.slice(-2000)}`);

      expect(await client.call('discovery.status', {})).toMatchObject({ enabled: false, configured: false, lastRun: null });
      await client.call('settings.update', {
        patch: {
          discovery: {
            enabled: true, targets: ['10.77.0.0/24'], communities: ['public', 'office'], interfaces: ['10.77.0.10'],
            intervalMinutes: 0.05, browseWindowMs: 1000, missingAfterMinutes: 0.05,
          },
        },
      });
      // the settings change runs at once
      for (const ip of ['10.77.0.1', '10.77.0.21', '10.77.0.22']) await waitEvent((e) => e.kind === 'discovery.new' && (e.data.ips as string[]).includes(ip), `discovery.new for ${ip}`);
      const news = seen.filter((e) => e.kind === 'discovery.new');
      expect(news).toHaveLength(3); // the printer's SNMP and mDNS answers are one device
      for (const e of news) expect(identity(e.data as never)).toEqual(EXPECTED[(e.data.ips as string[])[0]!]);
      const nasId = news.find((e) => (e.data.ips as string[]).includes('10.77.0.22'))!.data.assetId;

      await lab.device('stop', 'nas');
      const missing = await waitEvent((e) => e.kind === 'discovery.missing', 'discovery.missing for the NAS');
      expect(missing.data.assetId).toBe(nasId);

      await lab.device('start', 'ups');
      const ups = await waitEvent((e) => e.kind === 'discovery.new' && (e.data.ips as string[]).includes('10.77.0.31'), 'discovery.new for the UPS');
      expect(identity(ups.data as never)).toEqual(EXPECTED['10.77.0.31']);

      expect(seen.filter((e) => e.kind === 'discovery.missing').map((e) => e.data.assetId)).toEqual([nasId]); // the others stayed
      const alerts = (await client.call('alerts.list', {})) as Alert[];
      expect(alerts.filter((a) => a.kind === 'discovery.new')).toHaveLength(4);
      expect(alerts.filter((a) => a.kind === 'discovery.missing').map((a) => a.assetId)).toEqual([nasId]);
      const status = (await client.call('discovery.status', {})) as { scheduled: boolean; lastRun: { reason: string; error?: string } };
      expect(status).toMatchObject({ scheduled: true, lastRun: { reason: 'schedule' } });
      expect(status.lastRun.error).toBeUndefined();

      // a manual run through the control socket answers with what it found (the NAS is still off)
      const manual = (await client.call('discovery.run', {})) as { devices: DiscoveredDevice[]; events: { new: number; missing: number } };
      expect(manual.devices.map((d) => d.ips.join())).toEqual(['10.77.0.1', '10.77.0.21', '10.77.0.31']);
      expect(manual.events).toMatchObject({ new: 0, missing: 0 });
    } finally {
      client?.close();
      await stopInApp(box);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

async function waitUntil<T>(fn: () => T | undefined, ms: number, describe: () => string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out: ${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
