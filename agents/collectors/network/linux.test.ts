import { readFileSync, readdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectNetworkLinux } from './linux.js';
import { NetworkSection } from './schema.js';

describe('collectNetworkLinux on fixture trees', () => {
  it('Debian 12: loopback skipped, types told apart, temporary IPv6 left out, IPv4 from the address table', async () => {
    const addresses = {
      enp0s31f6: [
        { address: '192.0.2.21', netmask: '255.255.255.0', family: 'IPv4' as const, mac: '', internal: false, cidr: '192.0.2.21/24' },
        { address: '192.0.2.5', netmask: '255.255.255.0', family: 'IPv4' as const, mac: '', internal: false, cidr: '192.0.2.5/24' },
      ],
    };
    expect(await collectNetworkLinux({ root: fixtureRoots.debian12 }, addresses)).toEqual({
      interfaces: [
        { name: 'docker0', mac: '02:42:7d:3a:91:0e', type: 'bridge', physical: false, ipv4: [], ipv6: [] },
        {
          name: 'enp0s31f6',
          mac: '6c:2b:59:aa:10:01',
          type: 'ethernet',
          physical: true,
          ipv4: ['192.0.2.21/24', '192.0.2.5/24'],
          ipv6: ['2001:db8:0:1::10/64', 'fe80::6e2b:59ff:feaa:1001/64'],
        },
        { name: 'veth1a2b3c', mac: 'aa:5e:1c:00:22:33', type: 'virtual', physical: false, ipv4: [], ipv6: [] },
      ],
    });
  });

  it('Ubuntu: wireless, a tunnel without MAC; a fixture root never takes the live address table', async () => {
    const n = await collectNetworkLinux({ root: fixtureRoots.ubuntu2404 });
    expect(n.interfaces.map((i) => [i.name, i.type, i.mac ?? null])).toEqual([
      ['enp0s31f6', 'ethernet', '00:00:00:00:00:00'],
      ['tailscale0', 'tunnel', null],
      ['wlp0s20f3', 'wireless', 'a4:c3:f0:12:34:56'],
    ]);
    expect(n.interfaces.flatMap((i) => i.ipv4)).toEqual([]);
  });

  it('Rocky 9: a bond', async () => {
    const n = await collectNetworkLinux({ root: fixtureRoots.rocky9 });
    expect(n.interfaces.map((i) => `${i.name}:${i.type}:${i.physical}`)).toEqual([
      'bond0:bond:false',
      'eno1:ethernet:true',
      'eno2:ethernet:true',
    ]);
  });
});

describe('collectNetworkLinux on this machine', () => {
  it('reports every non-loopback interface with the MAC in /sys/class/net/*/address', async () => {
    const n = NetworkSection.parse(await collectNetworkLinux({ root: '/' }));
    const expected = readdirSync('/sys/class/net')
      .filter((name) => readFileSync(`/sys/class/net/${name}/type`, 'utf8').trim() !== '772')
      .sort();
    expect(n.interfaces.map((i) => i.name)).toEqual(expected);
    for (const i of n.interfaces) {
      const mac = readFileSync(`/sys/class/net/${i.name}/address`, 'utf8').trim().toLowerCase();
      if (/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac)) expect(i.mac).toBe(mac);
      const v4 = (networkInterfaces()[i.name] ?? []).filter((a) => a.family === 'IPv4').map((a) => a.cidr);
      expect(i.ipv4).toEqual(v4.sort());
    }
  });
});
