import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { maskToPrefix, normalizeIpv6, parseNetworkWin32 } from './parse-win32.js';
import { NetworkSection } from './schema.js';

describe('parseNetworkWin32 on recorded PowerShell output', () => {
  it('Japanese adapter names, Wi-Fi addresses, temporary IPv6 dropped, WAN miniport virtual', () => {
    const n = NetworkSection.parse(parseNetworkWin32(machine('win11-pro-23h2-ja').base));
    expect(n.interfaces).toEqual([
      { name: 'Bluetooth ネットワーク接続', mac: 'a4:c3:f0:11:22:37', type: 'ethernet', physical: true, ipv4: [], ipv6: [] },
      { name: 'WAN Miniport (IP)', mac: '9e:4a:20:52:41:53', type: 'virtual', physical: false, ipv4: [], ipv6: [] },
      {
        name: 'Wi-Fi',
        mac: 'a4:c3:f0:11:22:33',
        type: 'wireless',
        physical: true,
        ipv4: ['192.0.2.23/24'],
        ipv6: ['2001:db8:10::1a/128', 'fe80::5c1a:2b3c:4d5e:6f70/64'],
      },
      { name: 'イーサネット', mac: '9c:2d:cd:0a:1b:2c', type: 'ethernet', physical: true, ipv4: [], ipv6: [] },
    ]);
  });

  it('Hyper-V vEthernet claims PhysicalAdapter but is virtual; null ipconfig gives no addresses', () => {
    const n = parseNetworkWin32(machine('win10-pro-22h2').base);
    expect(n.interfaces.map((i) => [i.name, i.physical, i.type, i.ipv4.length])).toEqual([
      ['vEthernet (Default Switch)', false, 'virtual', 0],
      ['イーサネット', true, 'ethernet', 0],
    ]);
  });

  it('mask and IPv6 helpers', () => {
    expect(maskToPrefix('255.255.255.0')).toBe(24);
    expect(maskToPrefix('255.255.0.255')).toBeUndefined();
    expect(maskToPrefix('255.255.255.255')).toBe(32);
    expect(normalizeIpv6('FE80:0:0:0:0:0:0:1%12')).toBe('fe80::1');
  });
});
