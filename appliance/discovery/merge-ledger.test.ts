import { describe, expect, test } from 'vitest';
import type { DiscoveredDevice } from './discover.js';
import { mergeLedger, type LedgerAsset } from './merge-ledger.js';

const now = new Date('2025-04-01T09:00:00Z');
const dev = (o: Partial<DiscoveredDevice>): DiscoveredDevice => ({ key: 'k', type: 'printer', name: 'Canon iR-ADV C3530', ips: ['10.0.0.21'], macs: [], sources: ['snmp'], evidence: { rules: [] }, ...o });
const asset = (o: Partial<LedgerAsset>): LedgerAsset => ({ assetId: 'a1', kind: 'device', name: 'x', macs: [], ips: [], firstSeen: '2025-03-01T00:00:00Z', lastSeen: '2025-04-01T08:59:00Z', flags: [], ...o });
let n = 0;
const opts = { now, missingAfterMinutes: 60, newAssetId: () => `new-${++n}` };

describe('mergeLedger', () => {
  test('a first-seen device is discovery.new', () => {
    const r = mergeLedger([], [dev({ macs: ['00:11:22:33:44:55'], serial: 'S1', vendor: 'Canon' })], opts);
    expect(r.events.map((e) => e.kind)).toEqual(['discovery.new']);
    expect(r.upserts[0]).toMatchObject({ kind: 'device', serial: 'S1', firstSeen: now.toISOString() });
  });
  test('matches by MAC even when the IP moved, and journals the new IP', () => {
    const r = mergeLedger([asset({ macs: ['00:11:22:33:44:55'], ips: ['10.0.0.5'] })], [dev({ macs: ['00:11:22:33:44:55'] })], opts);
    expect(r.events).toEqual([{ kind: 'discovery.changed', data: expect.objectContaining({ assetId: 'a1', matchedBy: 'mac' }) }]);
    expect(r.upserts[0]!.ips).toEqual(['10.0.0.21']);
  });
  test('then by serial, then by hostname; never by IP alone', () => {
    expect(mergeLedger([asset({ serial: 'S9' })], [dev({ serial: 'S9', model: 'M' })], opts).events[0]).toMatchObject({ kind: 'discovery.changed', data: { matchedBy: 'serial' } });
    expect(mergeLedger([asset({ hostname: 'nas01' })], [dev({ sysName: 'NAS01', type: 'nas' })], opts).events[0]).toMatchObject({ data: { matchedBy: 'hostname' } });
    const byIpOnly = mergeLedger([asset({ ips: ['10.0.0.21'] })], [dev({})], opts);
    expect(byIpOnly.events.map((e) => e.kind)).toContain('discovery.new');
  });
  test('firmware change is journaled', () => {
    const first = mergeLedger([asset({ macs: ['aa:aa:aa:aa:aa:aa'] })], [dev({ macs: ['aa:aa:aa:aa:aa:aa'], firmware: '1.0' })], opts).upserts[0]!;
    const r = mergeLedger([first], [dev({ macs: ['aa:aa:aa:aa:aa:aa'], firmware: '1.1' })], opts);
    expect(r.events[0]!.data.changes).toMatchObject({ firmware: { from: '1.0', to: '1.1' } });
  });
  test('a device unseen past the window is discovery.missing once; a PC never is', () => {
    const old = asset({ lastSeen: '2025-04-01T07:00:00Z' });
    const r = mergeLedger([old, asset({ assetId: 'pc', kind: 'pc', lastSeen: '2025-01-01T00:00:00Z' })], [], opts);
    expect(r.events).toEqual([{ kind: 'discovery.missing', data: expect.objectContaining({ assetId: 'a1' }) }]);
    expect(mergeLedger(r.upserts, [], opts).events).toEqual([]);
    const back = mergeLedger(r.upserts, [dev({ serial: undefined, sysName: undefined, macs: [] })], opts);
    expect(back.events.map((e) => e.kind)).toEqual(['discovery.new']);
  });
  test('agent-reported PC keeps its own vendor/model', () => {
    const pc = asset({ kind: 'pc', macs: ['bb:bb:bb:bb:bb:bb'], vendor: 'Dell', model: 'OptiPlex' });
    const r = mergeLedger([pc], [dev({ macs: ['bb:bb:bb:bb:bb:bb'], vendor: 'Intel', type: 'pc' })], opts);
    expect(r.upserts[0]).toMatchObject({ vendor: 'Dell', model: 'OptiPlex' });
  });
});
