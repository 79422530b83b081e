// Windows `network` section from the base snapshot: Win32_NetworkAdapter (adapters with a MAC) joined
// to Win32_NetworkAdapterConfiguration (addresses) on InterfaceIndex.
import { isIPv4, isIPv6 } from 'node:net';
import { asArray, num, records, str } from '../json-values.js';
import type { InterfaceType, NetInterface, NetworkSection } from './schema.js';

export function parseNetworkWin32(base: Record<string, unknown>): NetworkSection {
  const configs = new Map(records(base.ipconfig).map((c) => [num(c.InterfaceIndex), c]));
  // Temporary (privacy) IPv6 addresses rotate daily; leaving them in would change the section hash.
  const temporary = new Set(asArray(base.tempV6).map((a) => normalizeIpv6(str(a) ?? '')));
  const interfaces: NetInterface[] = [];
  for (const a of records(base.adapters)) {
    const mac = str(a.MACAddress)?.toLowerCase().replace(/-/g, ':');
    const name = str(a.NetConnectionID) ?? str(a.Name);
    if (name === undefined) continue;
    const pnp = str(a.PNPDeviceID) ?? '';
    // PhysicalAdapter is true for some virtual NICs (Hyper-V vEthernet); a PCI/USB device path is not.
    const physical = a.PhysicalAdapter === true && /^(PCI|USB|SD|ACPI|BTH)\\/i.test(pnp);
    const iface: NetInterface = { name, type: adapterType(a, physical), physical, ipv4: [], ipv6: [] };
    if (mac !== undefined && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac)) iface.mac = mac;
    const cfg = configs.get(num(a.InterfaceIndex));
    if (cfg !== undefined) {
      const addrs = asArray(cfg.IPAddress).map((x) => str(x) ?? '');
      const subnets = asArray(cfg.IPSubnet).map((x) => str(x) ?? '');
      addrs.forEach((addr, i) => {
        const subnet = subnets[i] ?? '';
        if (isIPv4(addr)) iface.ipv4.push(`${addr}/${maskToPrefix(subnet) ?? 32}`);
        else if (isIPv6(addr.split('%')[0] ?? '')) {
          const v6 = normalizeIpv6(addr);
          if (!temporary.has(v6)) iface.ipv6.push(`${v6}/${num(subnet) ?? 64}`);
        }
      });
    }
    iface.ipv4.sort();
    iface.ipv6.sort();
    interfaces.push(iface);
  }
  return { interfaces: interfaces.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)) };
}

// AdapterTypeId 9 is 802.11; names are localised ("ワイヤレス", "無線"), so they are a second hint.
function adapterType(a: Record<string, unknown>, physical: boolean): InterfaceType {
  const label = `${str(a.Name) ?? ''} ${str(a.NetConnectionID) ?? ''}`;
  if (num(a.AdapterTypeId) === 9 || /wi-?fi|wireless|wlan|802\.11|無線|ワイヤレス/i.test(label)) return 'wireless';
  if (/vpn|tap-|wireguard|tunnel/i.test(label)) return 'tunnel';
  if (!physical) return 'virtual';
  return num(a.AdapterTypeId) === 0 ? 'ethernet' : 'other';
}

export function maskToPrefix(mask: string): number | undefined {
  if (!isIPv4(mask)) return num(mask);
  const bits = mask
    .split('.')
    .map((o) => Number(o).toString(2).padStart(8, '0'))
    .join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? 32 : bits.indexOf('0') : undefined;
}

/** RFC 5952 text form (lower case, longest zero run compressed), zone id dropped. */
export function normalizeIpv6(addr: string): string {
  const bare = addr.split('%')[0] ?? '';
  try {
    return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  } catch {
    return bare.toLowerCase();
  }
}
