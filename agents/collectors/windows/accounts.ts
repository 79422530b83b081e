// Local accounts as the base snapshot reports them (Get-LocalUser, or Win32_UserAccount when that
// cmdlet is missing), with membership of the Administrators group judged by SID S-1-5-32-544 so it
// works whatever the group and account names are in the PC's language.
import { records, str } from '../json-values.js';
import { bool, winDate } from './json.js';

export interface WindowsAccount {
  name: string;
  sid?: string;
  /** Relative id (last SID part); 0 when the SID is unknown. */
  rid: number;
  enabled: boolean;
  admin: boolean;
  adminGroup: string;
  /** null when the source cannot tell. */
  passwordNeverExpires: boolean | null;
  lastLogon?: string;
  source: string;
}

export const ADMINISTRATORS_GROUP = 'Administrators';

export function windowsAccounts(base: Record<string, unknown>): WindowsAccount[] {
  const admins = records(base.admins);
  const adminSids = new Set(admins.map((a) => str(a.SID)).filter((s): s is string => s !== undefined));
  // Members are "PC-NAME\\user" (local) or "AzureAD\\user"; only local ones match by bare name.
  const adminNames = new Set(admins.map((a) => (str(a.Name) ?? '').split('\\').pop()!.toLowerCase()));
  const source = str(base.usersSource) ?? 'Get-LocalUser';
  const out: WindowsAccount[] = [];
  for (const u of records(base.users)) {
    const name = str(u.Name);
    if (name === undefined) continue;
    const sid = str(u.SID);
    const rid = Number(sid?.split('-').pop());
    const admin = sid !== undefined && adminSids.size > 0 ? adminSids.has(sid) : adminNames.has(name.toLowerCase());
    const a: WindowsAccount = {
      name,
      rid: Number.isInteger(rid) && rid >= 0 ? rid : 0,
      enabled: bool(u.Enabled) ?? false,
      admin,
      adminGroup: ADMINISTRATORS_GROUP,
      passwordNeverExpires: neverExpires(u, source),
      source,
    };
    if (sid !== undefined) a.sid = sid;
    const last = winDate(u.LastLogon);
    if (last !== undefined) a.lastLogon = last;
    out.push(a);
  }
  return out;
}

// Get-LocalUser: PasswordExpires is a date, or null when the password never expires.
// Win32_UserAccount: PasswordExpires is a flag (true = it does expire).
function neverExpires(u: Record<string, unknown>, source: string): boolean | null {
  if (source === 'Win32_UserAccount') {
    const flag = bool(u.PasswordExpiresFlag);
    return flag === undefined ? null : !flag;
  }
  if (!('PasswordExpires' in u)) return null;
  return u.PasswordExpires === null || winDate(u.PasswordExpires) === undefined;
}
