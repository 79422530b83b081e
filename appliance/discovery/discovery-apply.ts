// Applies one discovery run to the box's state: the ledger merge, the alerts for new and missing
// devices, all inside one synchronous state.update() so an agent report cannot interleave. Returns
// the journal events for the caller to append once the state is durable.
import { randomBytes } from 'node:crypto';
import type { Alert, Asset, State } from '../store/state-schema.js';
import type { DiscoveredDevice } from './discover.js';
import { mergeLedger, type DiscoveryEvent } from './merge-ledger.js';

/** A first run in a big office finds everything "new": one alert each up to here, then one summary. */
export const MAX_ALERTS_PER_RUN = 20;

export interface ApplyOptions {
  now: Date;
  missingAfterMinutes: number;
  newAssetId?: () => string;
  newAlertId?: () => string;
}

export function applyDiscovery(d: State, devices: readonly DiscoveredDevice[], o: ApplyOptions): DiscoveryEvent[] {
  const newAssetId = o.newAssetId ?? (() => `dv-${randomBytes(6).toString('hex')}`);
  const newAlertId = o.newAlertId ?? (() => `al-${randomBytes(6).toString('hex')}`);
  const { upserts, events } = mergeLedger(d.assets, devices, { now: o.now, missingAfterMinutes: o.missingAfterMinutes, newAssetId: () => newAssetId() });
  const index = new Map(d.assets.map((a, i) => [a.assetId, i]));
  for (const u of upserts) {
    const i = index.get(u.assetId);
    // upserts are spreads of the stored asset, so fields the ledger merge does not know survive
    if (i === undefined) d.assets.push(u as Asset);
    else d.assets[i] = { ...d.assets[i]!, ...u } as Asset;
  }
  const at = o.now.toISOString();
  const alerting = events.filter((e) => e.kind !== 'discovery.changed');
  for (const e of alerting.slice(0, MAX_ALERTS_PER_RUN)) {
    const alert: Alert = { id: newAlertId(), at, kind: e.kind, assetId: String(e.data.assetId), message: alertMessage(e) };
    d.alerts.push(alert);
  }
  if (alerting.length > MAX_ALERTS_PER_RUN) {
    const rest = alerting.length - MAX_ALERTS_PER_RUN;
    d.alerts.push({ id: newAlertId(), at, kind: 'discovery.summary', message: `${rest} more devices appeared or went missing in this discovery run; see the asset list / 他 ${rest} 台の機器の変化` });
  }
  return events;
}

function alertMessage(e: DiscoveryEvent): string {
  const name = String(e.data.name ?? e.data.assetId);
  const ips = Array.isArray(e.data.ips) && e.data.ips.length ? ` at ${e.data.ips.join(', ')}` : '';
  if (e.kind === 'discovery.new') return `new device on the LAN: ${name} (${String(e.data.type ?? 'other')})${ips} / 新しい機器を検出`;
  return `device not seen since ${String(e.data.lastSeen)}: ${name}${ips} / 機器が見つかりません`;
}
