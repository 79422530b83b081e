// The `hardware` section: what the machine is physically. Identity fields (serial, SMBIOS UUID) are
// omitted, never guessed, when the platform does not let us read them (e.g. DMI files are root-only).
import { z } from 'zod';

export const Disk = z.object({
  /** Kernel name on Linux (`sda`, `nvme0n1`); the device id on other platforms. */
  name: z.string(),
  model: z.string().optional(),
  serial: z.string().optional(),
  sizeBytes: z.number().int().nonnegative(),
  type: z.enum(['hdd', 'ssd', 'nvme', 'sd', 'unknown']),
  removable: z.boolean(),
});
export type Disk = z.infer<typeof Disk>;

export const HardwareSection = z.object({
  vendor: z.string().optional(),
  model: z.string().optional(),
  serial: z.string().optional(),
  /** SMBIOS system UUID, lower-case. */
  smbiosUuid: z.string().optional(),
  cpu: z.object({
    model: z.string().optional(),
    /** Logical processors (threads). */
    threads: z.number().int().positive().optional(),
    /** Physical cores, when the platform tells them apart from threads. */
    cores: z.number().int().positive().optional(),
  }),
  memoryBytes: z.number().int().nonnegative().optional(),
  /** Sorted by name. */
  disks: z.array(Disk),
});
export type HardwareSection = z.infer<typeof HardwareSection>;
