// Linux `network` facts: interfaces and MACs from /sys/class/net, IPv6 from /proc/net/if_inet6 (both
// under `root`), IPv4 from the kernel through Node (there is no small file for it; /proc/net/fib_trie
// is not one). systeminformation's networkInterfaces keeps one address per family, so it is not used.
import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import type { CollectContext } from '../collector.js';
import { exists, listDir, readText, readTrimmed } from '../read.js';
import { parseIfInet6 } from './ipv6.js';
import type { InterfaceType, NetInterface, NetworkSection } from './schema.js';

const ARPHRD_ETHER = '1';
const ARPHRD_LOOPBACK = '772';
const MAC_RE = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

export type AddressTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * `addresses` is the live IPv4 table; it is used only for the live root by default, because the
 * kernel's table describes this machine, not a fixture tree.
 */
export async function collectNetworkLinux(
  ctx: Pick<CollectContext, 'root'>,
  addresses: AddressTable = ctx.root === '/' ? networkInterfaces() : {},
): Promise<NetworkSection> {
  const { root } = ctx;
  const names = (await listDir(root, '/sys/class/net')) ?? [];
  const v6 = parseIfInet6((await readText(root, '/proc/net/if_inet6')) ?? '');
  const interfaces: NetInterface[] = [];
  for (const name of names) {
    const base = `/sys/class/net/${name}`;
    const arpType = await readTrimmed(root, `${base}/type`);
    if (arpType === ARPHRD_LOOPBACK || name === 'lo') continue;
    const physical = await exists(root, `${base}/device`);
    const iface: NetInterface = {
      name,
      type: await interfaceType(root, base, arpType, physical),
      physical,
      ipv4: (addresses[name] ?? [])
        .filter((a) => a.family === 'IPv4')
        .map((a) => a.cidr ?? a.address)
        .sort(),
      ipv6: v6
        .filter((e) => e.iface === name && !e.temporary)
        .map((e) => `${e.address}/${e.prefix}`)
        .sort(),
    };
    const mac = (await readTrimmed(root, `${base}/address`))?.toLowerCase();
    if (mac !== undefined && MAC_RE.test(mac)) iface.mac = mac;
    interfaces.push(iface);
  }
  return { interfaces };
}

async function interfaceType(root: string, base: string, arpType: string | null, physical: boolean): Promise<InterfaceType> {
  if ((await exists(root, `${base}/wireless`)) || (await exists(root, `${base}/phy80211`))) return 'wireless';
  if (await exists(root, `${base}/bridge`)) return 'bridge';
  if (await exists(root, `${base}/bonding`)) return 'bond';
  const uevent = (await readText(root, `${base}/uevent`)) ?? '';
  if (/^DEVTYPE=vlan$/m.test(uevent)) return 'vlan';
  if (arpType === ARPHRD_ETHER) return physical ? 'ethernet' : 'virtual';
  // 65534 is ARPHRD_NONE (wireguard, tun); 768-778 are the IP-in-IP family of tunnels.
  if (arpType === '65534' || (arpType !== null && Number(arpType) >= 768 && Number(arpType) <= 778)) return 'tunnel';
  return 'other';
}
