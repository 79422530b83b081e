import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseUsersWin32 } from './parse-win32.js';
import { UsersSection } from './schema.js';

describe('parseUsersWin32 on recorded PowerShell output', () => {
  it('Japanese account names; admins by SID; RID as uid; home from the profile', () => {
    const u = UsersSection.parse(parseUsersWin32(machine('win11-pro-23h2-ja').base));
    expect(u.users.map((x) => [x.uid, x.name, x.admin, x.loginCapable, x.home])).toEqual([
      [500, 'Administrator', true, false, ''],
      [501, 'Guest', false, false, ''],
      [503, 'DefaultAccount', false, false, ''],
      [504, 'WDAGUtilityAccount', false, false, ''],
      [1001, '管理者', true, true, 'C:\\Users\\管理者'],
      [1002, '山田太郎', false, true, 'C:\\Users\\yamada'],
    ]);
    expect(u.users[4]).toMatchObject({ gid: 513, groups: ['Administrators'], sid: 'S-1-5-21-3623811015-3361044348-30300820-1001' });
  });

  it('Win32_UserAccount fallback and a single admin object from ADSI', () => {
    const u = parseUsersWin32(machine('win10-pro-22h2').base);
    expect(u.users.filter((x) => x.admin).map((x) => x.name)).toEqual(['keiri']);
  });
});
