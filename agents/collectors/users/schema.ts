// The `users` section: local accounts, sorted by uid then name.
import { z } from 'zod';

export const LocalUser = z.object({
  uid: z.number().int().nonnegative(),
  gid: z.number().int().nonnegative(),
  name: z.string().min(1),
  home: z.string(),
  shell: z.string(),
  /** The shell lets someone log in (not nologin, false, or another no-login stub). */
  loginCapable: z.boolean(),
  /** uid 0, or a member of a group that grants administration (sudo, wheel, admin). */
  admin: z.boolean(),
  /** Supplementary and primary group names, sorted. */
  groups: z.array(z.string()),
  /** Windows only: the account's SID (uid then holds its RID). */
  sid: z.string().optional(),
});
export type LocalUser = z.infer<typeof LocalUser>;

export const UsersSection = z.object({ users: z.array(LocalUser) });
export type UsersSection = z.infer<typeof UsersSection>;
