// Windows `users` section from the base snapshot. Windows has no uid/gid; the SID's last part (the
// RID: 500 Administrator, 1001 the first user) stands in for uid, and 513 (the local "None" group every
// local user has as primary group) for gid, so the shape stays the one the Linux agent sends.
import { records, str } from '../json-values.js';
import { windowsAccounts } from '../windows/accounts.js';
import type { LocalUser, UsersSection } from './schema.js';

export function parseUsersWin32(base: Record<string, unknown>): UsersSection {
  const homes = new Map(records(base.profiles).map((p) => [str(p.SID), str(p.LocalPath) ?? '']));
  const users = windowsAccounts(base).map((a): LocalUser => {
    const u: LocalUser = {
      uid: a.rid,
      gid: 513,
      name: a.name,
      home: homes.get(a.sid) ?? '',
      shell: '',
      loginCapable: a.enabled,
      admin: a.admin,
      groups: a.admin ? [a.adminGroup] : [],
    };
    if (a.sid !== undefined) u.sid = a.sid;
    return u;
  });
  return { users: users.sort((a, b) => a.uid - b.uid || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
