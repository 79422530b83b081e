// macOS `accounts` section: people's accounts from dscl (names starting with '_' are daemons).
// A disabled account carries ";DisabledUser;" in AuthenticationAuthority. Password expiry lives in
// pwpolicy, which this collector does not read: passwordNeverExpires is null.
import { parseDsclRecords, parseGroupMembership } from '../macos/dscl.js';
import type { DarwinBase } from '../macos/snapshot.js';
import { isLoginShell } from '../users/passwd.js';
import type { Account, AccountsSection } from './schema.js';

export function parseAccountsDarwin(base: DarwinBase): AccountsSection {
  const admins = new Set(parseGroupMembership(base.admins ?? ''));
  const users: Account[] = [];
  for (const r of parseDsclRecords(base.users ?? '')) {
    const name = r.RecordName?.[0];
    const uid = Number(r.UniqueID?.[0]);
    if (name === undefined || name.startsWith('_') || !Number.isInteger(uid) || uid < 0) continue;
    const shell = r.UserShell?.[0] ?? '';
    const admin = uid === 0 || admins.has(name);
    if (uid < 500 && !admin) continue;
    const disabled = (r.AuthenticationAuthority ?? []).some((a) => a.includes(';DisabledUser;'));
    users.push({ name, enabled: shell !== '' && isLoginShell(shell) && !disabled, admin, passwordNeverExpires: null, source: 'dscl' });
  }
  return { users: users.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
