import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { enrollAgent, eventsJson, startAgent, startBox } from './harness/box.js';
import { BUILT, cleanup, mamori, NOT_BUILT_REASON } from './harness/processes.js';

function machineMacs(): string[] {
  const macs = new Set<string>();
  for (const n of readdirSync('/sys/class/net')) {
    if (n === 'lo' || !existsSync(`/sys/class/net/${n}/device`)) continue;
    try {
      const mac = readFileSync(`/sys/class/net/${n}/address`, 'utf8').trim().toLowerCase();
      if (mac && mac !== '00:00:00:00:00:00') macs.add(mac);
    } catch {
      // interface vanished
    }
  }
  return [...macs];
}

describe.skipIf(!BUILT)(`enroll and report, two agents, real TLS on loopback${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  afterAll(cleanup);

  it('enrolls two agents, stores their inventory, acks their events, and flags their shared identity', async () => {
    const box = await startBox();
    const a = await enrollAgent(box);
    const b = await enrollAgent(box);
    expect(a.agentId).not.toBe(b.agentId);
    const pa = startAgent(a.stateDir, ['--synthetic-rate', '20']);
    const pb = startAgent(b.stateDir, ['--synthetic-rate', '20']);
    await pa.waitFor(/msg="ack" seq=\d{2,}/);
    await pb.waitFor(/msg="ack" seq=\d{2,}/);

    const assets = JSON.parse((await mamori(['assets', '--data', box.dataDir, '--json'])).stdout) as Array<Record<string, unknown>>;
    for (const id of [a.agentId, b.agentId]) {
      const asset = assets.find((x) => x.assetId === id)!;
      expect(asset.hostname).toBe(hostname());
      expect(asset.connected).toBe(true);
      expect([...(asset.macs as string[])].sort()).toEqual(machineMacs().sort());
      // Both agents run on this one machine: the same MACs and machine-id, so each is flagged, not merged.
      expect((asset.flags as Array<{ code: string; other: string }>).some((f) => f.code === 'identity.collision')).toBe(true);
    }
    expect(assets.filter((x) => x.kind === 'pc')).toHaveLength(2);
    const alerts = JSON.parse((await mamori(['alerts', '--data', box.dataDir, '--json'])).stdout) as Array<{ id: string; kind: string; assetId: string }>;
    const collision = alerts.find((x) => x.kind === 'identity.collision' && x.assetId === b.agentId)!;
    expect(collision).toBeDefined();
    expect((await mamori(['alerts', 'ack', collision.id, '--note', 'test PCs', '--data', box.dataDir])).code).toBe(0);
    expect((await eventsJson(box, ['--kind', 'admin.alert_acked']))[0]).toMatchObject({ data: { alertId: collision.id, note: 'test PCs' } });

    // The first inventory takes a couple of seconds to collect (apt-get -s); synthetic events are acked before it.
    let inv: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 100 && inv.length === 0; i++) {
      inv = await eventsJson(box, ['--asset', a.agentId, '--kind', 'inventory.changed']);
      if (!inv.length) await new Promise((r) => setTimeout(r, 200));
    }
    expect(inv.length).toBeGreaterThanOrEqual(1);
    expect((inv[0]!.data as { changed: string[] }).changed).toEqual(expect.arrayContaining(['system', 'network']));

    await pa.stop();
    await pb.stop();
    const human = await mamori(['assets', '--data', box.dataDir]);
    expect(human.stdout).toContain(hostname());
    await box.proc.stop();
    expect((await box.proc.exited).code).toBe(0);
    const verify = await mamori(['journal', 'verify', '--data', box.dataDir]);
    expect(verify.code).toBe(0);
  });
});
