// Windows `hardware` section from the base snapshot (Win32_ComputerSystem, _BIOS, _ComputerSystemProduct,
// _Processor, _DiskDrive, and MSFT_PhysicalDisk for SSD/HDD/NVMe, which Win32_DiskDrive cannot tell).
import { asRecord, num, records, str } from '../json-values.js';
import { meaningful, meaningfulUuid } from './identity-values.js';
import type { Disk, HardwareSection } from './schema.js';

export function parseHardwareWin32(base: Record<string, unknown>): HardwareSection {
  const cs = asRecord(base.cs);
  const bios = asRecord(base.bios);
  const product = asRecord(base.product);
  const cpus = records(base.cpu);
  const section: HardwareSection = { cpu: {}, disks: parseDisks(base.disks, base.physicalDisks) };
  const vendor = meaningful(str(cs.Manufacturer) ?? str(product.Vendor));
  // Lenovo keeps the readable model in Version, like DMI product_version on Linux.
  const model =
    vendor?.toUpperCase() === 'LENOVO' && meaningful(str(product.Version)) !== null
      ? meaningful(str(product.Version))
      : meaningful(str(cs.Model) ?? str(product.Name));
  const serial = meaningful(str(bios.SerialNumber) ?? str(product.IdentifyingNumber));
  const uuid = meaningfulUuid(str(product.UUID));
  if (vendor !== null) section.vendor = vendor;
  if (model !== null) section.model = model;
  if (serial !== null) section.serial = serial;
  if (uuid !== null) section.smbiosUuid = uuid;
  const cpuModel = str(cpus[0]?.Name);
  if (cpuModel !== undefined) section.cpu.model = cpuModel.replace(/\s+/g, ' ');
  const threads = sum(cpus.map((c) => num(c.NumberOfLogicalProcessors))) ?? num(cs.NumberOfLogicalProcessors);
  const cores = sum(cpus.map((c) => num(c.NumberOfCores)));
  if (threads !== undefined && threads > 0) section.cpu.threads = threads;
  if (cores !== undefined && cores > 0) section.cpu.cores = cores;
  const mem = num(cs.TotalPhysicalMemory);
  if (mem !== undefined && mem >= 0) section.memoryBytes = Math.round(mem);
  return section;
}

function sum(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0);
}

// MSFT_PhysicalDisk.MediaType: 3 HDD, 4 SSD; BusType: 7 USB, 12 SD, 17 NVMe.
function parseDisks(diskRaw: unknown, physicalRaw: unknown): Disk[] {
  const physical = new Map(records(physicalRaw).map((p) => [str(p.DeviceId), p]));
  const disks: Disk[] = [];
  for (const d of records(diskRaw)) {
    const index = num(d.Index);
    if (index === undefined) continue;
    const p = physical.get(String(index));
    const bus = num(p?.BusType);
    const media = num(p?.MediaType);
    const iface = str(d.InterfaceType)?.toUpperCase();
    const type: Disk['type'] =
      bus === 17 ? 'nvme' : bus === 12 ? 'sd' : media === 4 ? 'ssd' : media === 3 ? 'hdd' : 'unknown';
    const disk: Disk = {
      name: `PhysicalDrive${index}`,
      sizeBytes: Math.max(0, Math.round(num(d.Size) ?? 0)),
      type,
      removable: bus === 7 || iface === 'USB' || /removable/i.test(str(d.MediaType) ?? ''),
    };
    const model = meaningful(str(d.Model));
    const serial = meaningful(str(d.SerialNumber));
    if (model !== null) disk.model = model;
    if (serial !== null) disk.serial = serial;
    disks.push(disk);
  }
  return disks.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
