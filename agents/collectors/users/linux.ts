// Linux `users` facts from /etc/passwd and /etc/group under `root` (local files only, not NSS/LDAP).
import type { CollectContext } from '../collector.js';
import { readText } from '../read.js';
import { localUsers, parseGroup, parsePasswd } from './passwd.js';
import type { UsersSection } from './schema.js';

export async function collectUsersLinux(ctx: Pick<CollectContext, 'root'>): Promise<UsersSection> {
  const passwd = parsePasswd((await readText(ctx.root, '/etc/passwd')) ?? '');
  const groups = parseGroup((await readText(ctx.root, '/etc/group')) ?? '');
  return { users: localUsers(passwd, groups) };
}
