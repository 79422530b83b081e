// The `screenlock` section: screen-lock settings where the platform lets the agent read them.
import { z } from 'zod';

export const ScreenLockSetting = z.object({
  /** machine: a policy for every user; user: one user's own setting; default: what a new session gets. */
  scope: z.enum(['machine', 'user', 'default']),
  user: z.string().optional(),
  /** The session locks after idling (a secure screen saver, an inactivity limit, GNOME lock-enabled). */
  lockEnabled: z.boolean().nullable(),
  /** Idle seconds before the lock; null when unknown or never. */
  timeoutSeconds: z.number().int().nonnegative().nullable(),
  /** Set by policy (GPO / dconf lock) rather than by the user. */
  policy: z.boolean().optional(),
  source: z.string(),
});
export type ScreenLockSetting = z.infer<typeof ScreenLockSetting>;

export const ScreenLockSection = z.object({ settings: z.array(ScreenLockSetting) });
export type ScreenLockSection = z.infer<typeof ScreenLockSection>;
