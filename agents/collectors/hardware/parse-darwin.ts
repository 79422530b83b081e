// macOS `hardware` section from SPHardwareDataType (and ioreg for the UUID on old releases).
// Disks are left empty: system_profiler's storage types cost seconds and the box keys on serial/UUID.
import type { DarwinBase } from '../macos/snapshot.js';
import { parseIoregUuid, profileItems } from '../macos/snapshot.js';
import { num, str } from '../json-values.js';
import { meaningful, meaningfulUuid } from './identity-values.js';
import type { HardwareSection } from './schema.js';

export function parseHardwareDarwin(base: DarwinBase): HardwareSection {
  const hw = profileItems(base.profile, 'SPHardwareDataType')[0] ?? {};
  const section: HardwareSection = { vendor: 'Apple', cpu: {}, disks: [] };
  const model = meaningful(str(hw.machine_name) === undefined ? undefined : `${str(hw.machine_name)} (${str(hw.machine_model) ?? ''})`.replace(' ()', ''));
  const serial = meaningful(str(hw.serial_number));
  const uuid = meaningfulUuid(str(hw.platform_UUID) ?? parseIoregUuid(base.ioreg ?? ''));
  if (model !== null) section.model = model;
  if (serial !== null) section.serial = serial;
  if (uuid !== null) section.smbiosUuid = uuid;
  const cpu = str(hw.chip_type) ?? str(hw.cpu_type);
  if (cpu !== undefined) section.cpu.model = cpu;
  // Apple silicon: "proc 8:4:4" (total:performance:efficiency); Intel: number_processors = cores.
  const proc = /^proc (\d+)/.exec(str(hw.number_processors) ?? '');
  const cores = proc ? Number(proc[1]) : num(hw.number_processors);
  if (cores !== undefined && cores > 0) section.cpu.cores = cores;
  const mem = /^([\d.]+) (GB|TB|MB)$/.exec(str(hw.physical_memory) ?? '');
  if (mem) section.memoryBytes = Math.round(Number(mem[1]) * { MB: 2 ** 20, GB: 2 ** 30, TB: 2 ** 40 }[mem[2] as 'MB' | 'GB' | 'TB']);
  return section;
}
