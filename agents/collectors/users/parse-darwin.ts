// macOS `users` section from dscl records; administrators are the members of the local admin group.
import type { DarwinBase } from '../macos/snapshot.js';
import { parseDsclRecords, parseGroupMembership } from '../macos/dscl.js';
import { isLoginShell } from './passwd.js';
import type { LocalUser, UsersSection } from './schema.js';

export function parseUsersDarwin(base: DarwinBase): UsersSection {
  const admins = new Set(parseGroupMembership(base.admins ?? ''));
  const users: LocalUser[] = [];
  for (const r of parseDsclRecords(base.users ?? '')) {
    const name = r.RecordName?.[0];
    const uid = Number(r.UniqueID?.[0]);
    const gid = Number(r.PrimaryGroupID?.[0]);
    // nobody (-2) and similar negative ids are placeholders, not accounts.
    if (name === undefined || !Number.isInteger(uid) || uid < 0 || !Number.isInteger(gid) || gid < 0) continue;
    const shell = r.UserShell?.[0] ?? '';
    const admin = uid === 0 || admins.has(name);
    users.push({
      uid,
      gid,
      name,
      home: r.NFSHomeDirectory?.[0] ?? '',
      shell,
      loginCapable: shell !== '' && isLoginShell(shell),
      admin,
      groups: admin ? ['admin'] : [],
    });
  }
  return { users: users.sort((a, b) => a.uid - b.uid || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
