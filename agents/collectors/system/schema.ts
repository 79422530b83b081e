// The `system` section: who this machine is and what it runs. Only facts that stay put between
// collections live here (uptime goes to `status`), so the section hash changes only on real change.
import { z } from 'zod';

export const OsFacts = z.object({
  /** os-release ID (`debian`, `ubuntu`, `rocky`, `alpine`), or `windows` / `macos` on those platforms. */
  id: z.string(),
  name: z.string(),
  version: z.string().optional(),
  versionId: z.string().optional(),
  codename: z.string().optional(),
  prettyName: z.string().optional(),
  idLike: z.array(z.string()).optional(),
});
export type OsFacts = z.infer<typeof OsFacts>;

export const SystemSection = z.object({
  hostname: z.string().min(1),
  os: OsFacts,
  kernel: z.string().optional(),
  /** Machine architecture as the kernel names it (`x86_64`, `aarch64`). */
  arch: z.string().optional(),
  /** /etc/machine-id on Linux, MachineGuid on Windows: stable per installation, not per hardware. */
  machineId: z.string().optional(),
});
export type SystemSection = z.infer<typeof SystemSection>;
