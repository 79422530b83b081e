import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectSystemLinux } from './linux.js';
import { SystemSection } from './schema.js';

describe('collectSystemLinux on fixture trees', () => {
  it('Debian 12', async () => {
    expect(await collectSystemLinux({ root: fixtureRoots.debian12 })).toEqual({
      hostname: 'jimu-pc01',
      os: {
        id: 'debian',
        name: 'Debian GNU/Linux',
        version: '12 (bookworm)',
        versionId: '12',
        codename: 'bookworm',
        prettyName: 'Debian GNU/Linux 12 (bookworm)',
      },
      kernel: '6.1.0-25-amd64',
      arch: 'x86_64',
      machineId: 'b1946ac92492d2347c6235b4d2611184',
    });
  });

  it('Ubuntu 24.04: hostname from /etc/hostname, ID_LIKE split', async () => {
    const s = await collectSystemLinux({ root: fixtureRoots.ubuntu2404 });
    expect(s.hostname).toBe('keiri-note02');
    expect(s.os).toMatchObject({ id: 'ubuntu', versionId: '24.04', codename: 'noble', idLike: ['debian'] });
    expect(s.arch).toBeUndefined(); // no /proc/sys/kernel/arch in the tree, and not the live root
  });

  it('Rocky 9: an uninitialised machine-id is left out', async () => {
    const s = await collectSystemLinux({ root: fixtureRoots.rocky9 });
    expect(s.os).toMatchObject({ id: 'rocky', versionId: '9.4', idLike: ['rhel', 'centos', 'fedora'] });
    expect(s.hostname).toBe('fileserver.office.local');
    expect(s.machineId).toBeUndefined();
  });

  it('Alpine', async () => {
    const s = await collectSystemLinux({ root: fixtureRoots.alpine });
    expect(s).toMatchObject({ hostname: 'raspi-door', arch: 'aarch64', os: { id: 'alpine', versionId: '3.20.3' } });
  });

  it('fails with a typed error when no hostname can be found', async () => {
    await expect(collectSystemLinux({ root: '/nonexistent-mamori-root' })).rejects.toMatchObject({ code: 'READ_FAILED' });
  });
});

describe('collectSystemLinux on this machine', () => {
  it('matches what the kernel and /etc say', async () => {
    const s = SystemSection.parse(await collectSystemLinux({ root: '/' }));
    expect(s.hostname).toBe(hostname());
    expect(s.kernel).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    const id = /^ID=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]?.replace(/"/g, '');
    expect(s.os.id).toBe(id);
    const machineId = readFileSync('/etc/machine-id', 'utf8').trim();
    if (/^[0-9a-f]{32}$/.test(machineId)) expect(s.machineId).toBe(machineId);
    expect(s.arch).toMatch(/^(x86_64|aarch64|armv7l|i686|riscv64|ppc64le|s390x)$/);
  });
});
