// The names and addresses the box answers on, for its certificate's SANs. Reads interface
// addresses only; nothing is sent.
import { hostname, networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * Loopback plus every non-internal address of this machine. IPv6 link-local addresses are left out:
 * they only work with a zone id, which a certificate cannot carry, and they change with the interface.
 */
export function localAddresses(ifaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const out = new Set<string>(['127.0.0.1', '::1']);
  for (const list of Object.values(ifaces)) {
    for (const a of list ?? []) {
      if (a.family === 'IPv6' && /^fe[89ab]/i.test(a.address)) continue;
      out.add(a.address);
    }
  }
  return [...out];
}

/** The box's host name, and its mDNS name `<host>.local`, which office PCs resolve without a DNS server. */
export function localHostnames(name: string = hostname()): string[] {
  const h = name.trim().toLowerCase().replace(/\.$/, '');
  if (!h) return [];
  const short = h.split('.')[0]!; // mDNS names are the first label: box.example.jp -> box.local
  return [...new Set([h, `${short}.local`])];
}
