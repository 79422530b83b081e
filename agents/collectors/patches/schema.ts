// The `patches` section: how current the OS is. `pending`/`securityPending` are counts (null when they
// could not be learnt without the network or the tool is missing); every row says where it came from.
import { z } from 'zod';

export const Hotfix = z.object({
  id: z.string().min(1),
  description: z.string().optional(),
  installedOn: z.string().optional(),
  source: z.string(),
});
export type Hotfix = z.infer<typeof Hotfix>;

export const PendingUpdate = z.object({
  /** Package name (Linux), update title (Windows), label (macOS). */
  name: z.string().min(1),
  version: z.string().optional(),
  kb: z.array(z.string()).optional(),
  severity: z.string().optional(),
  security: z.boolean(),
  source: z.string(),
});
export type PendingUpdate = z.infer<typeof PendingUpdate>;

/** Lists are capped so one neglected PC cannot make a huge section; the counts stay exact. */
export const MAX_LISTED_UPDATES = 300;

export const PatchesSection = z.object({
  /** Windows build with UBR ("22631.4460"): the cumulative update level. */
  build: z.string().optional(),
  hotfixes: z.array(Hotfix),
  pending: z.number().int().nonnegative().nullable(),
  securityPending: z.number().int().nonnegative().nullable(),
  pendingUpdates: z.array(PendingUpdate),
  /** The command or API the pending counts came from. */
  pendingSource: z.string().optional(),
  /** Why pending is null. */
  pendingError: z.string().optional(),
  /** Last successful update installation, ISO 8601 UTC. */
  lastInstall: z.string().optional(),
  kernel: z.object({ running: z.string(), installed: z.string().optional() }).optional(),
  /** null when the platform gives no reliable sign. */
  rebootRequired: z.boolean().nullable(),
});
export type PatchesSection = z.infer<typeof PatchesSection>;
