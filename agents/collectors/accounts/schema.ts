// The `accounts` section: local accounts people can log in with, for F-b (identification and
// authentication): who is enabled, who administers, whose password never expires, last logon.
import { z } from 'zod';

export const Account = z.object({
  name: z.string().min(1),
  /** Can log in: enabled (Windows), a login shell and no locked password or expired account (Linux). */
  enabled: z.boolean(),
  admin: z.boolean(),
  /** null when the platform does not let the agent read it (e.g. /etc/shadow unreadable). */
  passwordNeverExpires: z.boolean().nullable(),
  /** ISO 8601 UTC. */
  lastLogon: z.string().optional(),
  source: z.string(),
});
export type Account = z.infer<typeof Account>;

export const AccountsSection = z.object({ users: z.array(Account) });
export type AccountsSection = z.infer<typeof AccountsSection>;
