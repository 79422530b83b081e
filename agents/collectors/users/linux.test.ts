import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectUsersLinux } from './linux.js';
import { isLoginShell, parsePasswd } from './passwd.js';
import { UsersSection } from './schema.js';

describe('collectUsersLinux on fixture trees', () => {
  it('Debian 12: sudo members and root are admins; nologin, false and sync cannot log in', async () => {
    const { users } = await collectUsersLinux({ root: fixtureRoots.debian12 });
    const by = new Map(users.map((u) => [u.name, u]));
    expect(by.get('root')).toMatchObject({ uid: 0, admin: true, loginCapable: true, home: '/root' });
    expect(by.get('tanaka')).toEqual({
      uid: 1000,
      gid: 1000,
      name: 'tanaka',
      home: '/home/tanaka',
      shell: '/bin/bash',
      loginCapable: true,
      admin: true,
      groups: ['adm', 'audio', 'sudo', 'tanaka', 'users'],
    });
    expect(by.get('suzuki')).toMatchObject({ admin: false, loginCapable: true });
    expect(by.get('backup-svc')).toMatchObject({ admin: false, loginCapable: false });
    expect(by.get('sync')?.loginCapable).toBe(false);
    expect(by.get('www-data')?.loginCapable).toBe(false);
    expect(users.map((u) => u.uid)).toEqual([...users.map((u) => u.uid)].sort((a, b) => a - b));
    expect(users.filter((u) => u.loginCapable).map((u) => u.name)).toEqual(['root', 'tanaka', 'suzuki']);
  });

  it('Ubuntu: the legacy admin group counts; adm does not; an empty shell means /bin/sh', async () => {
    const { users } = await collectUsersLinux({ root: fixtureRoots.ubuntu2404 });
    const by = new Map(users.map((u) => [u.name, u]));
    expect(by.get('sato')).toMatchObject({ admin: true, shell: '/usr/bin/zsh' });
    expect(by.get('syslog')).toMatchObject({ admin: false, groups: ['adm'] });
    expect(by.get('olduser')).toMatchObject({ loginCapable: true, admin: false });
    expect(by.get('gdm')?.loginCapable).toBe(false);
  });

  it('Rocky 9: wheel as primary group or as member makes an admin', async () => {
    const { users } = await collectUsersLinux({ root: fixtureRoots.rocky9 });
    const admins = users.filter((u) => u.admin).map((u) => u.name);
    expect(admins).toEqual(['root', 'admin01', 'kobayashi']);
    expect(users.find((u) => u.name === 'shutdown')?.loginCapable).toBe(false);
  });

  it('Alpine', async () => {
    const { users } = await collectUsersLinux({ root: fixtureRoots.alpine });
    expect(users.find((u) => u.name === 'pi')).toMatchObject({ admin: true, loginCapable: true, groups: ['pi', 'wheel'] });
  });

  it('skips malformed and NIS lines', () => {
    expect(parsePasswd('+::::::\nbroken\nx:x:notanumber:0::/:/bin/sh\nok:x:5:5::/:/bin/sh\n').map((p) => p.name)).toEqual(['ok']);
    expect(isLoginShell('/usr/sbin/nologin')).toBe(false);
    expect(isLoginShell('/bin/bash')).toBe(true);
  });
});

describe('collectUsersLinux on this machine', () => {
  it('lists the account this test runs as, and root as an admin', async () => {
    const { users } = UsersSection.parse(await collectUsersLinux({ root: '/' }));
    const me = userInfo();
    const mine = users.find((u) => u.uid === me.uid);
    if (mine !== undefined) expect(mine).toMatchObject({ name: me.username, home: me.homedir });
    expect(users.find((u) => u.uid === 0)).toMatchObject({ name: 'root', admin: true });
  });
});
