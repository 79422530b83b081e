// One discovery run: SNMP sweep and mDNS browse side by side, merged per device and classified.
// Sends nothing unless targets or interfaces are given (the default configuration discovers nothing).
import type { Logger } from '../../common/log.js';
import { classify } from './classify.js';
import { browseMdns } from './mdns-browse.js';
import type { MdnsDevice, MdnsService } from './mdns-records.js';
import { OID } from './oids.js';
import type { DeviceType } from './rules.js';
import { sweepSnmp, type SnmpHost } from './snmp-sweep.js';
import { parseTargets } from './targets.js';
import { normalizeMac } from './values.js';

export type { DeviceType } from './rules.js';

export interface DiscoveryOptions {
  snmpTargets: string[];
  communities: string[];
  /** interface names or IPv4 addresses */
  mdnsInterfaces: string[];
  timeoutMs: number;
  browseWindowMs: number;
  log?: Logger;
  signal?: AbortSignal;
}

export interface DiscoveredDevice {
  key: string;
  type: DeviceType;
  vendor?: string;
  model?: string;
  serial?: string;
  firmware?: string;
  name: string;
  sysName?: string;
  location?: string;
  ips: string[];
  macs: string[];
  sources: Array<'snmp' | 'mdns'>;
  evidence: { rules: string[]; snmp?: Record<string, string>; mdns?: MdnsService[] };
}

export interface DiscoveryResult {
  devices: DiscoveredDevice[];
  errors: Array<{ target: string; message: string }>;
  stats: { snmpTargets: number; snmpAnswered: number; snmpMalformed: number; mdnsTypes: number; mdnsDevices: number; mdnsDropped: number; ms: number };
}

export async function discover(options: DiscoveryOptions): Promise<DiscoveryResult> {
  const started = Date.now();
  const targets = parseTargets(options.snmpTargets); // throws BAD_INPUT before any packet
  const communities = options.communities.length ? options.communities : ['public'];
  const errors: DiscoveryResult['errors'] = [];
  const [snmp, mdns] = await Promise.all([
    targets.length ? sweepSnmp(targets, { communities, timeoutMs: options.timeoutMs, log: options.log, signal: options.signal }) : null,
    options.mdnsInterfaces.length
      ? browseMdns({ interfaces: options.mdnsInterfaces, windowMs: Math.max(1000, options.browseWindowMs), log: options.log, signal: options.signal })
      : null,
  ]);
  if (snmp && snmp.hosts.length === 0 && targets.length <= 16) {
    for (const t of targets) errors.push({ target: `${t.host}:${t.port}`, message: 'no SNMP answer (host down, wrong community, or SNMP disabled)' });
  }
  const devices = mergeSources(snmp?.hosts ?? [], mdns?.devices ?? []);
  return {
    devices,
    errors,
    stats: {
      snmpTargets: targets.length, snmpAnswered: snmp?.hosts.length ?? 0, snmpMalformed: snmp?.stats.malformedReplies ?? 0,
      mdnsTypes: mdns?.stats.types ?? 0, mdnsDevices: mdns?.devices.length ?? 0, mdnsDropped: mdns?.stats.dropped ?? 0, ms: Date.now() - started,
    },
  };
}

/** Pairs SNMP hosts and mDNS devices that share an IPv4 address, then classifies each pair. */
export function mergeSources(snmpHosts: readonly SnmpHost[], mdnsDevices: readonly MdnsDevice[]): DiscoveredDevice[] {
  const used = new Set<MdnsDevice>();
  const out: DiscoveredDevice[] = [];
  for (const h of snmpHosts) {
    const m = mdnsDevices.find((d) => !used.has(d) && d.ips.includes(h.host));
    if (m) used.add(m);
    out.push(build(h, m));
  }
  for (const m of mdnsDevices) if (!used.has(m)) out.push(build(undefined, m));
  return out.sort((a, b) => a.ips.join().localeCompare(b.ips.join(), 'en', { numeric: true }));
}

function build(h: SnmpHost | undefined, m: MdnsDevice | undefined): DiscoveredDevice {
  const txt = mergedTxt(m?.services ?? []);
  const verdict = classify({
    values: h?.values ?? {},
    mdnsTypes: m?.services.map((s) => s.type),
    mdns: {
      vendor: txt.usb_mfg ?? txt.vendor ?? txt.manufacturer,
      model: txt.usb_mdl ?? txt.model ?? txt.ty ?? productName(txt.product),
      serial: txt.serial ?? txt.serialnumber,
    },
  });
  const sysName = usable(h?.values[OID.sysName]);
  const location = usable(h?.values[OID.sysLocation]);
  const ips = [...new Set([...(h && /^[\d.]+$/.test(h.host) ? [h.host] : []), ...(m?.ips ?? [])])];
  const macs = [...new Set([...(h?.macs ?? []), ...[txt.mac, txt.macaddress].flatMap((x) => (x && normalizeMac(x)) || [])])];
  const label = [verdict.vendor, verdict.model].filter(Boolean).join(' ');
  const name = label || sysName || m?.host || m?.services[0]?.name || ips[0] || 'unknown';
  const key = macs[0] ? `mac:${macs[0]}` : verdict.serial ? `serial:${verdict.vendor ?? ''}:${verdict.serial}` : m?.host ? `host:${m.host}` : `ip:${ips[0] ?? ''}`;
  return {
    key,
    type: verdict.type,
    ...(verdict.vendor && { vendor: verdict.vendor }),
    ...(verdict.model && { model: verdict.model }),
    ...(verdict.serial && { serial: verdict.serial }),
    ...(verdict.firmware && { firmware: verdict.firmware }),
    name,
    ...(sysName && { sysName }),
    ...(location && { location }),
    ips,
    macs,
    sources: [...(h ? (['snmp'] as const) : []), ...(m ? (['mdns'] as const) : [])],
    evidence: { rules: verdict.rules, ...(h && { snmp: h.values }), ...(m && { mdns: m.services }) },
  };
}

function mergedTxt(services: readonly MdnsService[]): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const s of services) for (const [k, v] of Object.entries(s.txt)) if (v && !(k in out)) out[k] = v;
  return out;
}

/** IPP `product=(Canon iR-ADV C3530)` carries parentheses by convention. */
function productName(p: string | undefined): string | undefined {
  return p?.replace(/^\((.*)\)$/, '$1') || undefined;
}

function usable(s: string | undefined): string | undefined {
  return s && s !== '<private>' ? s : undefined;
}
