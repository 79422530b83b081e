// Windows `accounts` section: the local accounts of the base snapshot (Get-LocalUser fields).
import { windowsAccounts } from '../windows/accounts.js';
import type { Account, AccountsSection } from './schema.js';

export function parseAccountsWin32(base: Record<string, unknown>): AccountsSection {
  const users = windowsAccounts(base).map((a): Account => {
    const row: Account = { name: a.name, enabled: a.enabled, admin: a.admin, passwordNeverExpires: a.passwordNeverExpires, source: a.source };
    if (a.lastLogon !== undefined) row.lastLogon = a.lastLogon;
    return row;
  });
  return { users: users.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
