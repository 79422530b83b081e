import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IdentityHints, sectionHash } from '../../protocol/wire.js';
import { fixtureRoots } from './fixtures/roots.js';
import { collectInventory, identityHints } from './inventory.js';
import { collectors } from './registry.js';
import type { Collector } from './registry.js';

describe('collectInventory', () => {
  it('collects every topic from a fixture tree', async () => {
    const inv = await collectInventory({ root: fixtureRoots.debian12, platform: 'linux' });
    expect(inv.errors).toEqual([]);
    expect(Object.keys(inv.sections).sort()).toEqual([
      'accounts',
      'antivirus',
      'encryption',
      'firewall',
      'hardware',
      'network',
      'ossupport',
      'patches',
      'screenlock',
      'software',
      'status',
      'system',
      'users',
    ]);
    expect(collectors.map((c) => c.topic).sort()).toEqual(Object.keys(inv.sections).sort());
  });

  it('an unsupported platform yields no sections and no errors', async () => {
    expect(await collectInventory({ root: fixtureRoots.debian12, platform: 'aix' })).toEqual({ sections: {}, errors: [] });
  });

  it('one failing collector does not lose the others', async () => {
    const broken: Collector<unknown> = {
      topic: 'broken',
      collect: async () => {
        throw Object.assign(new Error('disk on fire'), { code: 'READ_FAILED' });
      },
    };
    const inv = await collectInventory({ root: fixtureRoots.debian12, platform: 'linux' }, [broken, ...collectors]);
    expect(inv.errors).toEqual([{ topic: 'broken', message: 'READ_FAILED: disk on fire' }]);
    expect(Object.keys(inv.sections)).toHaveLength(collectors.length);
  });

  it('on this machine: fast, and every section but status hashes the same twice', async () => {
    // The first run pays for `apt-get -s upgrade` (about 2 s of CPU); later runs reuse its answer
    // while the package database and lists are unchanged, so they must be quick.
    const a = await collectInventory();
    expect(a.errors).toEqual([]);
    const t0 = Date.now();
    const b = await collectInventory();
    expect(Date.now() - t0).toBeLessThan(3_000);
    for (const topic of Object.keys(a.sections)) {
      if (topic === 'status') continue;
      expect(sectionHash(b.sections[topic]), topic).toBe(sectionHash(a.sections[topic]));
    }
  });
});

describe('identityHints', () => {
  it('Debian 12 fixture: physical MACs only, firmware identity, os', async () => {
    const { sections } = await collectInventory({ root: fixtureRoots.debian12, platform: 'linux' });
    const hints = identityHints(sections);
    expect(hints).toEqual({
      hostname: 'jimu-pc01',
      machineId: 'b1946ac92492d2347c6235b4d2611184',
      smbiosUuid: '4c4c4544-0058-4b10-8032-b7c04f514833',
      serial: '7XK2QH3',
      macs: ['6c:2b:59:aa:10:01'],
      os: 'Debian GNU/Linux 12 (bookworm)',
    });
    expect(IdentityHints.safeParse(hints).success).toBe(true);
  });

  it('drops all-zero MACs and dedupes (a bond shares its slave MAC; bonds are not physical anyway)', async () => {
    const ubuntu = identityHints((await collectInventory({ root: fixtureRoots.ubuntu2404, platform: 'linux' })).sections);
    expect(ubuntu.macs).toEqual(['a4:c3:f0:12:34:56']);
    expect(ubuntu.serial).toBeUndefined();
    const net = {
      interfaces: [
        { name: 'a', mac: 'b4:7a:f1:00:aa:01', type: 'ethernet', physical: true, ipv4: [], ipv6: [] },
        { name: 'b', mac: 'b4:7a:f1:00:aa:01', type: 'ethernet', physical: true, ipv4: [], ipv6: [] },
      ],
    };
    expect(identityHints({ network: net }).macs).toEqual(['b4:7a:f1:00:aa:01']);
  });

  it('on this machine: valid IdentityHints whose MACs are those of the device-backed interfaces', async () => {
    const hints = identityHints((await collectInventory()).sections);
    expect(IdentityHints.safeParse(hints).success).toBe(true);
    const expected = readdirSync('/sys/class/net')
      .filter((n) => existsSync(`/sys/class/net/${n}/device`))
      .map((n) => readFileSync(`/sys/class/net/${n}/address`, 'utf8').trim().toLowerCase())
      .filter((m) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(m) && m !== '00:00:00:00:00:00');
    expect(hints.macs).toEqual([...new Set(expected)].sort());
  });
});
