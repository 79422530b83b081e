// SNMP target syntax: "10.0.0.0/24", "10.0.0.5", "10.0.0.5:1161", "printer.lan:161". Bad input is a
// BAD_INPUT error naming the target, raised before a single packet leaves the box.
import { isIPv4 } from 'node:net';
import { MamoriError } from '../errors/mamori-error.js';

export interface Target { host: string; port: number }

/** A /16 is 65,534 hosts: the most one run may sweep (guards against a typo like /1). */
export const MIN_PREFIX = 16;
export const MAX_TARGETS = 65_536;

export function parseTargets(specs: readonly string[], defaultPort = 161): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const raw of specs.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean)) {
    for (const t of parseOne(raw, defaultPort)) {
      const k = `${t.host}:${t.port}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(t);
      if (out.length > MAX_TARGETS) throw bad(raw, `more than ${MAX_TARGETS} SNMP targets in total`);
    }
  }
  return out;
}

function parseOne(spec: string, defaultPort: number): Target[] {
  const cidr = /^([^/]+)\/(\d{1,2})$/.exec(spec);
  if (cidr) {
    const [, base = '', bits = ''] = cidr;
    if (!isIPv4(base)) throw bad(spec, `"${spec}" is not a valid CIDR range (expected e.g. 192.0.2.0/24)`);
    const prefix = Number(bits);
    if (prefix > 32) throw bad(spec, `"${spec}": prefix length must be 0-32`);
    if (prefix < MIN_PREFIX) throw bad(spec, `"${spec}" is too large to sweep (at most /${MIN_PREFIX})`);
    return expandCidr(ipToInt(base), prefix).map((n) => ({ host: intToIp(n), port: defaultPort }));
  }
  const hp = /^(.+?)(?::(\d{1,5}))?$/.exec(spec);
  const host = hp?.[1] ?? '';
  const port = hp?.[2] === undefined ? defaultPort : Number(hp[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad(spec, `"${spec}": port must be 1-65535`);
  const looksNumeric = /^[\d.]+$/.test(host);
  if (looksNumeric ? !isIPv4(host) : !/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(host)) {
    throw bad(spec, `"${spec}" is not an IPv4 address, host name or CIDR range`);
  }
  return [{ host, port }];
}

function expandCidr(base: number, prefix: number): number[] {
  const size = 2 ** (32 - prefix);
  const network = prefix === 0 ? 0 : (base & (~0 << (32 - prefix))) >>> 0;
  // /31 and /32 have no network/broadcast address to skip (RFC 3021).
  const first = prefix >= 31 ? network : network + 1;
  const last = prefix >= 31 ? network + size - 1 : network + size - 2;
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(n >>> 0);
  return out;
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => ((acc << 8) | Number(o)) >>> 0, 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

function bad(target: string, message: string): MamoriError {
  return new MamoriError('BAD_INPUT', message, { target });
}
