// macOS `network` section from SPNetworkDataType: one entry per network service (Wi-Fi, Ethernet,
// Thunderbolt Bridge, VPN), with the BSD interface name, MAC and configured addresses.
import type { DarwinBase } from '../macos/snapshot.js';
import { profileItems } from '../macos/snapshot.js';
import { asArray, asRecord, num, str } from '../json-values.js';
import { maskToPrefix, normalizeIpv6 } from './parse-win32.js';
import type { InterfaceType, NetInterface, NetworkSection } from './schema.js';

export function parseNetworkDarwin(base: DarwinBase): NetworkSection {
  const interfaces: NetInterface[] = [];
  for (const s of profileItems(base.profile, 'SPNetworkDataType')) {
    const name = str(s.interface) ?? str(s._name);
    if (name === undefined || name.startsWith('lo')) continue;
    const hwType = str(s.hardware) ?? str(s.type) ?? '';
    const type: InterfaceType = /airport|wi-?fi/i.test(hwType) ? 'wireless' : /bridge/i.test(hwType) || /bridge/i.test(str(s._name) ?? '') ? 'bridge' : /ethernet/i.test(hwType) ? 'ethernet' : /vpn|ppp|ipsec/i.test(hwType) ? 'tunnel' : 'other';
    const physical = /^en\d+$/.test(name) && (type === 'wireless' || type === 'ethernet');
    const iface: NetInterface = { name, type, physical, ipv4: [], ipv6: [] };
    const mac = str(asRecord(s.Ethernet)['MAC Address'])?.toLowerCase();
    if (mac !== undefined && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac)) iface.mac = mac;
    const v4 = asRecord(s.IPv4);
    const masks = asArray(v4.SubnetMasks).map((m) => str(m) ?? '');
    asArray(v4.Addresses).forEach((a, i) => {
      const addr = str(a);
      if (addr !== undefined) iface.ipv4.push(`${addr}/${maskToPrefix(masks[i] ?? '') ?? 32}`);
    });
    const v6 = asRecord(s.IPv6);
    const prefixes = asArray(v6.PrefixLength);
    asArray(v6.Addresses).forEach((a, i) => {
      const addr = str(a);
      if (addr !== undefined) iface.ipv6.push(`${normalizeIpv6(addr)}/${num(prefixes[i]) ?? 64}`);
    });
    iface.ipv4.sort();
    iface.ipv6.sort();
    interfaces.push(iface);
  }
  return { interfaces: interfaces.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
