// Disks from /sys/block under `root`: the same files lsblk reads, without running it.
import { exists, listDir, readText, readTrimmed } from '../read.js';
import { meaningful } from './identity-values.js';
import type { Disk } from './schema.js';

/** Only block devices backed by a device (not loop, zram, dm, md): those are the machine's disks. */
export async function readDisks(root: string): Promise<Disk[]> {
  const names = (await listDir(root, '/sys/block')) ?? [];
  const disks: Disk[] = [];
  for (const name of names) {
    const base = `/sys/block/${name}`;
    if (!(await exists(root, `${base}/device`))) continue;
    const sectors = Number((await readTrimmed(root, `${base}/size`)) ?? '0');
    // Empty card readers and CD drives report size 0: no medium, nothing to inventory.
    if (!Number.isFinite(sectors) || sectors <= 0) continue;
    const udev = await udevProps(root, await readTrimmed(root, `${base}/dev`));
    const model =
      meaningful(await readTrimmed(root, `${base}/device/model`)) ??
      meaningful(await readTrimmed(root, `${base}/device/name`)) ??
      meaningful(udev.get('ID_MODEL')?.replace(/_/g, ' '));
    const serial =
      meaningful(await readTrimmed(root, `${base}/device/serial`)) ??
      meaningful(await readTrimmed(root, `${base}/serial`)) ??
      meaningful(udev.get('ID_SERIAL_SHORT'));
    const disk: Disk = {
      name,
      sizeBytes: sectors * 512, // /sys/block/*/size is always in 512-byte sectors
      type: await diskType(root, name),
      removable: (await readTrimmed(root, `${base}/removable`)) === '1',
    };
    if (model !== null) disk.model = model;
    if (serial !== null) disk.serial = serial;
    disks.push(disk);
  }
  return disks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function diskType(root: string, name: string): Promise<Disk['type']> {
  if (name.startsWith('nvme')) return 'nvme';
  if (name.startsWith('mmcblk')) return 'sd';
  const rotational = await readTrimmed(root, `/sys/block/${name}/queue/rotational`);
  if (rotational === '1') return 'hdd';
  if (rotational === '0') return 'ssd';
  return 'unknown';
}

/** `E:KEY=value` lines of the udev database entry for `major:minor`, where lsblk finds SATA serials. */
async function udevProps(root: string, dev: string | null): Promise<Map<string, string>> {
  const props = new Map<string, string>();
  if (dev === null || !/^\d+:\d+$/.test(dev)) return props;
  const text = await readText(root, `/run/udev/data/b${dev}`);
  for (const line of (text ?? '').split('\n')) {
    const m = /^E:([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) props.set(m[1]!, m[2]!);
  }
  return props;
}
