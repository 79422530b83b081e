import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { machine } from '../windows/test-utils/fixtures.js';
import { collectAccountsLinux } from './linux.js';
import { parseAccountsWin32 } from './parse-win32.js';
import { AccountsSection } from './schema.js';

const office = fileURLToPath(new URL('./fixtures/office', import.meta.url));
// 2025-01-01 is day 20089 since the epoch: keiyaku's account expires that day.
const now = new Date('2025-01-01T03:00:00Z');

describe('collectAccountsLinux', () => {
  it('office fixture: locked, expired and never-expiring passwords, sudo admin', async () => {
    const a = AccountsSection.parse(await collectAccountsLinux({ root: office }, now));
    expect(a.users.map((u) => [u.name, u.enabled, u.admin, u.passwordNeverExpires])).toEqual([
      ['root', true, true, true],
      ['kanri', true, true, true],
      ['yamada', true, false, false],
      ['taishoku', false, false, true],
      ['keiyaku', false, false, true],
    ]);
    expect(a.users.every((u) => u.source === '/etc/shadow')).toBe(true);
  });

  it('without a readable shadow file password expiry is unknown', async () => {
    const a = await collectAccountsLinux({ root: fixtureRoots.debian12 }, now);
    expect(a.users.length).toBeGreaterThan(0);
    expect(a.users.every((u) => u.passwordNeverExpires === null && u.source === '/etc/passwd')).toBe(true);
  });

  it('on this machine: root is listed as an administrator', async () => {
    const a = AccountsSection.parse(await collectAccountsLinux({ root: '/' }));
    expect(a.users.find((u) => u.name === 'root')?.admin).toBe(true);
    const loginUsers = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .filter((l) => /:\/(usr\/)?bin\/(ba|z|da)?sh$/.test(l))
      .map((l) => l.split(':')[0]);
    for (const name of loginUsers) expect(a.users.map((u) => u.name)).toContain(name);
  });
});

describe('parseAccountsWin32', () => {
  it('Japanese Windows 11: Get-LocalUser fields, admins by SID, last logon', () => {
    const a = AccountsSection.parse(parseAccountsWin32(machine('win11-pro-23h2-ja').base));
    expect(a.users.filter((u) => u.enabled)).toEqual([
      { name: '山田太郎', enabled: true, admin: false, passwordNeverExpires: false, lastLogon: '2024-11-23T22:13:20.000Z', source: 'Get-LocalUser' },
      { name: '管理者', enabled: true, admin: true, passwordNeverExpires: true, lastLogon: '2024-11-25T07:33:20.000Z', source: 'Get-LocalUser' },
    ]);
    expect(a.users.find((u) => u.name === 'Administrator')).toMatchObject({ enabled: false, admin: true });
  });

  it('Win32_UserAccount fallback: PasswordExpires is a flag', () => {
    const a = parseAccountsWin32(machine('win10-pro-22h2').base);
    expect(a.users.find((u) => u.name === 'keiri')).toEqual({ name: 'keiri', enabled: true, admin: true, passwordNeverExpires: true, source: 'Win32_UserAccount' });
  });

  it('Server: a domain group in Administrators does not make a local account admin', () => {
    const a = parseAccountsWin32(machine('server2022').base);
    expect(a.users.map((u) => [u.name, u.admin, u.passwordNeverExpires])).toEqual([
      ['Administrator', true, false],
      ['Guest', false, true],
      ['backup', false, true],
    ]);
  });
});
