// Pure merge of one discovery run into the asset ledger. Identity: MAC, then serial, then host name;
// never the IP alone (DHCP moves it). New -> discovery.new, changed -> discovery.changed,
// not seen for missingAfterMinutes -> discovery.missing (once, until it returns).
import type { Asset } from '../store/state-schema.js';
import type { DiscoveredDevice } from './discover.js';

/** The ledger asset as state.json holds it (the store owns the schema). */
export type LedgerAsset = Asset;

export interface DiscoveryEvent { kind: 'discovery.new' | 'discovery.changed' | 'discovery.missing'; data: Record<string, unknown> }
export interface MergeOptions { now: Date; missingAfterMinutes: number; newAssetId: (d: DiscoveredDevice) => string }
export interface MergeResult { upserts: LedgerAsset[]; events: DiscoveryEvent[] }

const MISSING = 'discovery.missing';
const TRACKED = ['vendor', 'model', 'serial', 'type', 'firmware'] as const;

export function mergeLedger(assets: readonly LedgerAsset[], devices: readonly DiscoveredDevice[], o: MergeOptions): MergeResult {
  const now = o.now.toISOString();
  const upserts = new Map<string, LedgerAsset>();
  const events: DiscoveryEvent[] = [];
  for (const d of devices) {
    const match = findMatch(upserts.size ? [...assets.map((a) => upserts.get(a.assetId) ?? a), ...[...upserts.values()].filter((u) => !assets.some((a) => a.assetId === u.assetId))] : assets, d);
    if (!match) {
      const asset: LedgerAsset = {
        assetId: o.newAssetId(d), kind: 'device', name: d.name, ...(d.sysName && { hostname: d.sysName }),
        macs: d.macs, ips: d.ips, ...(d.vendor && { vendor: d.vendor }), ...(d.model && { model: d.model }),
        ...(d.serial && { serial: d.serial }), type: d.type, firstSeen: now, lastSeen: now, flags: [],
      };
      upserts.set(asset.assetId, asset);
      events.push({ kind: 'discovery.new', data: { assetId: asset.assetId, name: d.name, type: d.type, vendor: d.vendor, model: d.model, serial: d.serial, ips: d.ips, macs: d.macs } });
      continue;
    }
    const { asset, by } = match;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const next: LedgerAsset = { ...asset, lastSeen: now, flags: asset.flags.filter((f) => f.code !== MISSING) };
    const newIps = d.ips.filter((ip) => !asset.ips.includes(ip));
    if (newIps.length || d.ips.length !== asset.ips.length) {
      if (newIps.length) changes.ips = { from: asset.ips, to: d.ips };
      next.ips = d.ips;
    }
    const macs = [...new Set([...asset.macs, ...d.macs])];
    if (macs.length !== asset.macs.length) { changes.macs = { from: asset.macs, to: macs }; next.macs = macs; }
    // Agent-reported PCs keep their agent's identity; discovery only fills gaps there.
    for (const f of TRACKED) {
      if (f === 'firmware') continue;
      const v = d[f];
      const cur = asset[f];
      if (v === undefined || v === cur) continue;
      if (asset.kind === 'pc' && cur !== undefined) continue;
      if (cur !== undefined) changes[f] = { from: cur, to: v };
      next[f] = v;
    }
    const firmwareBefore = asset.flags.find((f) => f.code === 'discovery.firmware')?.message;
    if (d.firmware && d.firmware !== firmwareBefore) {
      if (firmwareBefore !== undefined) changes.firmware = { from: firmwareBefore, to: d.firmware };
      next.flags = [...next.flags.filter((f) => f.code !== 'discovery.firmware'), { code: 'discovery.firmware', message: d.firmware, since: now }];
    }
    upserts.set(next.assetId, next);
    if (Object.keys(changes).length) events.push({ kind: 'discovery.changed', data: { assetId: asset.assetId, matchedBy: by, changes } });
  }
  const cutoff = o.now.getTime() - o.missingAfterMinutes * 60_000;
  for (const a of assets) {
    if (a.kind !== 'device' || upserts.has(a.assetId) || a.flags.some((f) => f.code === MISSING)) continue;
    if (Date.parse(a.lastSeen) >= cutoff) continue;
    upserts.set(a.assetId, { ...a, flags: [...a.flags, { code: MISSING, message: `not seen since ${a.lastSeen}`, since: now }] });
    events.push({ kind: 'discovery.missing', data: { assetId: a.assetId, name: a.name, lastSeen: a.lastSeen, ips: a.ips } });
  }
  return { upserts: [...upserts.values()], events };
}

function findMatch(assets: readonly LedgerAsset[], d: DiscoveredDevice): { asset: LedgerAsset; by: 'mac' | 'serial' | 'hostname' } | null {
  const macs = new Set(d.macs.map((m) => m.toLowerCase()));
  const byMac = macs.size ? assets.find((a) => a.macs.some((m) => macs.has(m.toLowerCase()))) : undefined;
  if (byMac) return { asset: byMac, by: 'mac' };
  const bySerial = d.serial ? assets.find((a) => a.serial === d.serial && (!a.vendor || !d.vendor || a.vendor === d.vendor)) : undefined;
  if (bySerial) return { asset: bySerial, by: 'serial' };
  const host = (d.sysName ?? d.evidence.mdns?.[0]?.host)?.toLowerCase();
  const byHost = host ? assets.find((a) => a.hostname?.toLowerCase() === host) : undefined;
  return byHost ? { asset: byHost, by: 'hostname' } : null;
}
