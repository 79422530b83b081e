import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectHardwareLinux } from './linux.js';
import { HardwareSection } from './schema.js';

describe('collectHardwareLinux on fixture trees', () => {
  it('Debian 12 desktop read as root: DMI identity, SATA disks with udev serials, loop device skipped', async () => {
    expect(await collectHardwareLinux({ root: fixtureRoots.debian12 })).toEqual({
      vendor: 'Dell Inc.',
      model: 'OptiPlex 3080',
      serial: '7XK2QH3',
      smbiosUuid: '4c4c4544-0058-4b10-8032-b7c04f514833',
      cpu: { model: 'Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz', threads: 8, cores: 4 },
      memoryBytes: 16303852 * 1024,
      disks: [
        {
          name: 'sda',
          model: 'Samsung SSD 870 EVO 500GB',
          serial: 'S6PXNM0T512345A',
          sizeBytes: 976773168 * 512,
          type: 'ssd',
          removable: false,
        },
        {
          name: 'sdb',
          model: 'WDC WD20EZBX-00A',
          serial: 'WD-WX12D81ABCDE',
          sizeBytes: 3907029168 * 512,
          type: 'hdd',
          removable: false,
        },
      ],
    });
  });

  it('Ubuntu laptop read as a user: root-only DMI files absent, Lenovo name from product_version, empty reader skipped', async () => {
    const h = await collectHardwareLinux({ root: fixtureRoots.ubuntu2404 });
    expect(h.serial).toBeUndefined();
    expect(h.smbiosUuid).toBeUndefined();
    expect(h).toMatchObject({ vendor: 'LENOVO', model: 'ThinkPad T14 Gen 3', cpu: { threads: 4, cores: 4 } });
    expect(h.disks).toEqual([
      {
        name: 'nvme0n1',
        model: 'SAMSUNG MZVL2512HCJQ-00BL7',
        serial: 'S64KNE0T123456',
        sizeBytes: 1000215216 * 512,
        type: 'nvme',
        removable: false,
      },
    ]);
  });

  it('Rocky 9: an all-zero SMBIOS UUID is no identity', async () => {
    const h = await collectHardwareLinux({ root: fixtureRoots.rocky9 });
    expect(h).toMatchObject({ vendor: 'HPE', model: 'ProLiant MicroServer Gen10 Plus v2', serial: 'CZJ2140ABC' });
    expect(h.smbiosUuid).toBeUndefined();
    expect(h.cpu).toEqual({});
    expect(h.disks).toEqual([]);
  });

  it('Alpine on a Raspberry Pi: model and serial from the device tree, SD card', async () => {
    const h = await collectHardwareLinux({ root: fixtureRoots.alpine });
    expect(h).toMatchObject({
      model: 'Raspberry Pi 4 Model B Rev 1.4',
      serial: '10000000abcdef01',
      cpu: { threads: 4, cores: 4 },
      memoryBytes: 3882200 * 1024,
    });
    expect(h.vendor).toBeUndefined();
    expect(h.disks).toEqual([
      { name: 'mmcblk0', model: 'SN64G', serial: '0x8a3c12f0', sizeBytes: 62333952 * 512, type: 'sd', removable: false },
    ]);
  });
});

describe('collectHardwareLinux on this machine', () => {
  it('matches the kernel: thread count, memory, and the device-backed disks in /sys/block', async () => {
    const h = HardwareSection.parse(await collectHardwareLinux({ root: '/' }));
    expect(h.cpu.threads).toBe(cpus().length);
    const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
    expect(h.memoryBytes).toBe(memKb * 1024);
    const expected = readdirSync('/sys/block')
      .filter((n) => existsSync(`/sys/block/${n}/device`) && Number(readFileSync(`/sys/block/${n}/size`, 'utf8')) > 0)
      .sort();
    expect(h.disks.map((d) => d.name)).toEqual(expected);
    for (const d of h.disks) {
      expect(d.sizeBytes).toBe(Number(readFileSync(`/sys/block/${d.name}/size`, 'utf8')) * 512);
    }
  });
});
