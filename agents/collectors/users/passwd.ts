// passwd(5) and group(5) parsers, and the users they describe.
import type { LocalUser } from './schema.js';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export const ADMIN_GROUPS: ReadonlySet<string> = new Set(['sudo', 'wheel', 'admin']);
const NO_LOGIN_SHELLS = new Set(['nologin', 'false', 'sync', 'shutdown', 'halt']);

function lines(text: string): string[][] {
  return text
    .split('\n')
    // NIS compat lines (+, -) are not local accounts.
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('+') && !l.startsWith('-'))
    .map((l) => l.split(':'));
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const f of lines(text)) {
    if (f.length < 7) continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!f[0] || !Number.isInteger(uid) || uid < 0 || !Number.isInteger(gid) || gid < 0) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? '', shell: f[6] ?? '' });
  }
  return out;
}

export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const f of lines(text)) {
    if (f.length < 4) continue;
    const gid = Number(f[2]);
    if (!f[0] || !Number.isInteger(gid) || gid < 0) continue;
    out.push({ name: f[0], gid, members: (f[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean) });
  }
  return out;
}

/** An empty shell field means /bin/sh to login(1), so it can log in. */
export function isLoginShell(shell: string): boolean {
  const base = shell.trim().split('/').pop() ?? '';
  return !NO_LOGIN_SHELLS.has(base);
}

export function localUsers(passwd: PasswdEntry[], groups: GroupEntry[]): LocalUser[] {
  const byGid = new Map(groups.map((g) => [g.gid, g.name]));
  const users = passwd.map((p): LocalUser => {
    const names = new Set(groups.filter((g) => g.members.includes(p.name)).map((g) => g.name));
    const primary = byGid.get(p.gid);
    if (primary !== undefined) names.add(primary);
    const sorted = [...names].sort();
    return {
      uid: p.uid,
      gid: p.gid,
      name: p.name,
      home: p.home,
      shell: p.shell,
      loginCapable: isLoginShell(p.shell),
      admin: p.uid === 0 || sorted.some((g) => ADMIN_GROUPS.has(g)),
      groups: sorted,
    };
  });
  return users.sort((a, b) => a.uid - b.uid || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
