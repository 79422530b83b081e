// The `status` section: run-time facts (boot time), kept apart from the hardware and OS sections.
import { z } from 'zod';

export const StatusSection = z.object({
  /** Boot time as the kernel reports it (/proc/stat btime), ISO 8601 UTC. */
  bootTime: z.string().optional(),
});
export type StatusSection = z.infer<typeof StatusSection>;
