// A bounded store of mDNS answers, grouped into devices. Pure (fed decoded packets), so hostile
// input is tested without a network: caps bound memory whatever a LAN announces.
export interface MdnsRR { name: string; type: string; data: unknown; ttl?: number }
export interface MdnsPacket { answers?: MdnsRR[]; additionals?: MdnsRR[] }

export interface MdnsService { type: string; name: string; port: number; txt: Record<string, string>; host?: string; subtypes?: string[] }
export interface MdnsDevice { host?: string; ips: string[]; services: MdnsService[] }

export const LIMITS = { types: 256, instances: 2048, txtKeys: 64, txtValue: 255, txtTotal: 2048, name: 255, addressesPerHost: 8, hosts: 2048 } as const;
export const META = '_services._dns-sd._udp.local';

interface Instance { fqdn: string; type: string; subtypes: Set<string>; srv?: { target: string; port: number }; txt?: Record<string, string> }

export class MdnsRecords {
  readonly types = new Set<string>();
  private readonly instances = new Map<string, Instance>();
  private readonly addresses = new Map<string, Set<string>>();
  dropped = 0;

  /** Takes one response; returns service types seen for the first time (to be queried next). */
  ingest(packet: MdnsPacket): string[] {
    const fresh: string[] = [];
    const rrs = [...(packet.answers ?? []), ...(packet.additionals ?? [])].slice(0, 512);
    for (const rr of rrs) {
      if (typeof rr?.name !== 'string' || rr.ttl === 0) continue;
      const name = rr.name.toLowerCase();
      if (rr.type === 'PTR' && typeof rr.data === 'string') {
        if (name === META) {
          const t = rr.data.toLowerCase();
          if (!this.types.has(t) && /^_[^.]+\._(tcp|udp)\.local$/.test(t)) {
            if (this.types.size >= LIMITS.types) this.dropped++;
            else { this.types.add(t); fresh.push(t); }
          }
        } else {
          const sub = /^(_[^.]+)\._sub\.(.+)$/.exec(name);
          const type = sub ? sub[2]! : name;
          const inst = this.instance(rr.data, type);
          if (inst && sub) inst.subtypes.add(sub[1]!);
        }
      } else if (rr.type === 'SRV') {
        const d = rr.data as { target?: unknown; port?: unknown };
        const inst = this.instances.get(name) ?? this.instance(rr.name, typeFromInstance(name));
        if (inst && typeof d?.target === 'string' && typeof d.port === 'number') inst.srv = { target: d.target.toLowerCase(), port: d.port };
      } else if (rr.type === 'TXT') {
        // Like SRV: an announcement may carry the TXT in a packet before (or without) its PTR.
        const type = typeFromInstance(name);
        const inst = this.instances.get(name) ?? (type ? this.instance(rr.name, type) : undefined);
        if (inst) inst.txt = decodeTxt(rr.data);
      } else if (rr.type === 'A' && typeof rr.data === 'string') {
        let set = this.addresses.get(name);
        if (!set) {
          if (this.addresses.size >= LIMITS.hosts) { this.dropped++; continue; }
          set = new Set();
          this.addresses.set(name, set);
        }
        if (set.size < LIMITS.addressesPerHost) set.add(rr.data);
      }
    }
    return fresh;
  }

  /** Instances still lacking SRV or TXT: worth a direct query. */
  incomplete(): string[] {
    return [...this.instances].filter(([, i]) => !i.srv || !i.txt).map(([n]) => n).slice(0, 64);
  }

  /** One device per announced host name; services merged, TXT kept. */
  devices(): MdnsDevice[] {
    const byHost = new Map<string, MdnsDevice>();
    for (const [fqdn, inst] of this.instances) {
      if (!inst.srv) continue;
      const host = inst.srv.target;
      let dev = byHost.get(host);
      if (!dev) {
        dev = { host: printable(host.replace(/\.local$/, '')), ips: [...(this.addresses.get(host) ?? [])], services: [] };
        byHost.set(host, dev);
      }
      dev.services.push({
        type: inst.type.replace(/\.local$/, ''),
        // bonjour-service splits the SRV name on '.', truncating "Canon iR-ADV C3530 (2F)..." style names: cut the type suffix instead.
        name: printable(instanceName(inst.fqdn, inst.type)),
        port: inst.srv.port,
        txt: inst.txt ?? {},
        host: dev.host,
        ...(inst.subtypes.size ? { subtypes: [...inst.subtypes] } : {}),
      });
    }
    return [...byHost.values()];
  }

  private instance(fqdn: string, type: string): Instance | undefined {
    const key = fqdn.toLowerCase();
    let inst = this.instances.get(key);
    if (inst) return inst;
    if (this.instances.size >= LIMITS.instances || !key.endsWith('.' + type)) {
      this.dropped++;
      return undefined;
    }
    inst = { fqdn, type, subtypes: new Set() };
    this.instances.set(key, inst);
    return inst;
  }
}

function typeFromInstance(fqdn: string): string {
  const m = /(_[^.]+\._(?:tcp|udp)\.local)$/.exec(fqdn);
  return m ? m[1]! : '';
}

function instanceName(fqdn: string, type: string): string {
  return fqdn.slice(0, fqdn.length - type.length - 1).replace(/\\(\d{3})/g, (_, d: string) => String.fromCharCode(Number(d))).replace(/\\(.)/g, '$1');
}

/** TXT strings "key=value" (RFC 6763 §6): keys case-insensitive, first wins, caps on count and size. */
export function decodeTxt(data: unknown): Record<string, string> {
  // Null prototype: a TXT key named "__proto__" or "constructor" is data, not an object slot.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const items = Array.isArray(data) ? data : [data];
  let total = 0;
  for (const item of items.slice(0, LIMITS.txtKeys * 2)) {
    const s = Buffer.isBuffer(item) ? item.subarray(0, 1024).toString('utf8') : typeof item === 'string' ? item.slice(0, 1024) : '';
    const eq = s.indexOf('=');
    const key = printable(eq === -1 ? s : s.slice(0, eq)).toLowerCase();
    if (!key || Object.hasOwn(out, key)) continue;
    if (Object.keys(out).length >= LIMITS.txtKeys) break;
    const value = eq === -1 ? '' : printable(s.slice(eq + 1)).slice(0, LIMITS.txtValue);
    // A per-record budget: 2,048 instances x 2 KB bounds all TXT kept to ~4 MB.
    if ((total += key.length + value.length) > LIMITS.txtTotal) break;
    out[key] = value;
  }
  return out;
}

/** Names from the LAN go into logs and terminals: no control characters, bounded length. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u0080-\u009f\ufffd]/g, '?').slice(0, LIMITS.name);
}
