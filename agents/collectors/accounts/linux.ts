// Linux `accounts`: accounts that can log in (login shell) or administer, from passwd/group, judged
// with /etc/shadow when the agent may read it (it runs as root; tests may not).
import type { CollectContext } from '../collector.js';
import { readText } from '../read.js';
import { localUsers, parseGroup, parsePasswd } from '../users/passwd.js';
import type { Account, AccountsSection } from './schema.js';
import { parseShadow } from './shadow.js';

export async function collectAccountsLinux(ctx: Pick<CollectContext, 'root'>, now: Date = new Date()): Promise<AccountsSection> {
  const users = localUsers(parsePasswd((await readText(ctx.root, '/etc/passwd')) ?? ''), parseGroup((await readText(ctx.root, '/etc/group')) ?? ''));
  const shadowText = await readText(ctx.root, '/etc/shadow');
  const shadow = shadowText === null ? null : parseShadow(shadowText);
  const today = Math.floor(now.getTime() / 86_400_000);
  const out: Account[] = [];
  for (const u of users) {
    if (!u.loginCapable && !u.admin) continue;
    const s = shadow?.get(u.name);
    const expired = s?.expireDay !== undefined && s.expireDay <= today;
    out.push({
      name: u.name,
      enabled: u.loginCapable && !(s?.locked ?? false) && !expired,
      admin: u.admin,
      passwordNeverExpires: s === undefined ? null : s.neverExpires,
      source: shadow === null ? '/etc/passwd' : '/etc/shadow',
    });
  }
  return { users: out };
}
