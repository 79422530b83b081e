// mDNS/DNS-SD browse with bonjour-service on the given interfaces for a fixed window.
// We use the library's multicast socket but our own bounded record store (mdns-records.ts):
// its Browser needs `bind: '0.0.0.0'` with a pinned interface, drops subtypes, truncates dotted
// instance names and keeps every service it ever hears, unbounded.
import { networkInterfaces } from 'node:os';
import { isIPv4 } from 'node:net';
import { Bonjour } from 'bonjour-service';
import { MamoriError } from '../errors/mamori-error.js';
import type { Logger } from '../../common/log.js';
import { silentLogger } from '../../common/log.js';
import { META, MdnsRecords, type MdnsDevice, type MdnsPacket } from './mdns-records.js';

interface MulticastDns {
  query(q: { questions: Array<{ name: string; type: string }> }): void;
  on(event: 'response', fn: (packet: MdnsPacket) => void): void;
  on(event: 'error' | 'warning', fn: (e: Error) => void): void;
}

export interface MdnsBrowseOptions { interfaces: readonly string[]; windowMs: number; log?: Logger; signal?: AbortSignal }
export interface MdnsBrowseResult { devices: MdnsDevice[]; stats: { types: number; devices: number; dropped: number; ms: number } }

/** Interface name or IPv4 address -> the IPv4 address to pin multicast to. */
export function resolveInterface(spec: string): string {
  if (isIPv4(spec)) return spec;
  const addrs = networkInterfaces()[spec];
  const v4 = addrs?.find((a) => a.family === 'IPv4');
  if (!v4) throw new MamoriError('BAD_INPUT', `network interface "${spec}" does not exist or has no IPv4 address`, { interface: spec });
  return v4.address;
}

export async function browseMdns(options: MdnsBrowseOptions): Promise<MdnsBrowseResult> {
  const started = Date.now();
  const log = options.log ?? silentLogger;
  const addresses = options.interfaces.map(resolveInterface);
  const records = new MdnsRecords();
  const instances: Array<{ bonjour: Bonjour; mdns: MulticastDns }> = [];
  try {
    for (const address of addresses) {
      const bonjour = new Bonjour({ interface: address, bind: '0.0.0.0' } as never, (e: Error) => log.warn('mdns error', { error: e }));
      const mdns = (bonjour as unknown as { server: { mdns: MulticastDns } }).server.mdns;
      mdns.on('error', (e) => log.warn('mdns socket error', { interface: address, error: e }));
      mdns.on('warning', () => { /* undecodable packet from the LAN: ignored by design */ });
      mdns.on('response', (packet) => {
        for (const type of records.ingest(packet)) mdns.query({ questions: [{ name: type, type: 'PTR' }] });
      });
      instances.push({ bonjour, mdns });
    }
    const queryAll = () => {
      for (const { mdns } of instances) {
        mdns.query({ questions: [{ name: META, type: 'PTR' }, ...[...records.types].map((t) => ({ name: t, type: 'PTR' }))] });
        for (const name of records.incomplete()) mdns.query({ questions: [{ name, type: 'SRV' }, { name, type: 'TXT' }] });
      }
    };
    queryAll();
    // Responders delay answers 20-120 ms and the second stage needs another round trip: ask again mid-window.
    await sleep(Math.max(1, options.windowMs / 2), options.signal);
    queryAll();
    await sleep(Math.max(1, options.windowMs / 2), options.signal);
  } finally {
    for (const { bonjour } of instances) await new Promise<void>((r) => bonjour.destroy(() => r()));
  }
  const devices = records.devices();
  return { devices, stats: { types: records.types.size, devices: devices.length, dropped: records.dropped, ms: Date.now() - started } };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });
}
