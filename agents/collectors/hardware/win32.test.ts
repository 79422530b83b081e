import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseHardwareWin32 } from './parse-win32.js';
import { HardwareSection } from './schema.js';

describe('parseHardwareWin32 on recorded PowerShell output', () => {
  it('Lenovo laptop: readable model from Version, one CPU as a bare object, NVMe from BusType', () => {
    expect(HardwareSection.parse(parseHardwareWin32(machine('win11-pro-23h2-ja').base))).toEqual({
      vendor: 'LENOVO',
      model: 'ThinkPad T14 Gen 4',
      serial: 'PF4XK2QH',
      smbiosUuid: '6c2b59aa-1001-11ee-8c90-9c2dcd0a1b2c',
      cpu: { model: '13th Gen Intel(R) Core(TM) i7-1360P', threads: 16, cores: 12 },
      memoryBytes: 16837312512,
      disks: [{ name: 'PhysicalDrive0', model: 'SAMSUNG MZVL4512HBLU-00BL7', serial: '0025_3882_21B4_5C11.', sizeBytes: 512105932800, type: 'nvme', removable: false }],
    });
  });

  it('HP desktop: disks sorted, a USB stick is removable, empty serial left out', () => {
    const h = parseHardwareWin32(machine('win10-pro-22h2').base);
    expect(h.disks.map((d) => [d.name, d.type, d.removable, d.serial])).toEqual([
      ['PhysicalDrive0', 'nvme', false, 'Y9RS10ABCDEF'],
      ['PhysicalDrive1', 'unknown', true, undefined],
    ]);
    expect(h.model).toBe('HP ProDesk 400 G7 Small Form Factor PC');
  });

  it('Dell server: SSD and HDD behind a RAID controller', () => {
    const h = parseHardwareWin32(machine('server2022').base);
    expect(h.disks.map((d) => d.type)).toEqual(['ssd', 'hdd']);
    expect(h).toMatchObject({ vendor: 'Dell Inc.', serial: '7XK2QH3', smbiosUuid: '4c4c4544-0058-4b10-8032-b7c04f514833' });
  });
});
