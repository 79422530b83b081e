// The `status` section: values that change on every collection (uptime), kept apart so they do not
// make the stable sections look changed.
import { z } from 'zod';

export const StatusSection = z.object({
  uptimeSeconds: z.number().int().nonnegative().optional(),
  /** Boot time as the kernel reports it (/proc/stat btime), ISO 8601 UTC. */
  bootTime: z.string().optional(),
});
export type StatusSection = z.infer<typeof StatusSection>;
