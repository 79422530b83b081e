// Linux `hardware` facts: DMI (or the device tree on boards without DMI), /proc, /sys/block.
import type { CollectContext } from '../collector.js';
import { readText, readTrimmed } from '../read.js';
import { parseCpuinfo, parseMemTotal } from './cpuinfo.js';
import { readDisks } from './disks.js';
import { meaningful, meaningfulUuid } from './identity-values.js';
import type { HardwareSection } from './schema.js';

const DMI = '/sys/class/dmi/id';
const DT = '/sys/firmware/devicetree/base';

export async function collectHardwareLinux(ctx: Pick<CollectContext, 'root'>): Promise<HardwareSection> {
  const { root } = ctx;
  const cpuText = await readText(root, '/proc/cpuinfo');
  const memText = await readText(root, '/proc/meminfo');
  const section: HardwareSection = {
    cpu: cpuText === null ? {} : parseCpuinfo(cpuText),
    disks: await readDisks(root),
  };
  const vendor = meaningful(await readTrimmed(root, `${DMI}/sys_vendor`));
  // product_name is the marketing name on most vendors; Lenovo puts a type number there and the
  // readable name in product_version, so that one wins when it is meaningful.
  const productName = meaningful(await readTrimmed(root, `${DMI}/product_name`));
  const productVersion = meaningful(await readTrimmed(root, `${DMI}/product_version`));
  const model =
    (vendor?.toUpperCase() === 'LENOVO' && productVersion !== null ? productVersion : productName) ??
    meaningful(await readTrimmed(root, `${DT}/model`));
  const serial =
    meaningful(await readTrimmed(root, `${DMI}/product_serial`)) ??
    meaningful(await readTrimmed(root, `${DT}/serial-number`));
  const uuid = meaningfulUuid(await readTrimmed(root, `${DMI}/product_uuid`));
  if (vendor !== null) section.vendor = vendor;
  if (model !== null) section.model = model;
  if (serial !== null) section.serial = serial;
  if (uuid !== null) section.smbiosUuid = uuid;
  const mem = memText === null ? null : parseMemTotal(memText);
  if (mem !== null) section.memoryBytes = mem;
  return section;
}
