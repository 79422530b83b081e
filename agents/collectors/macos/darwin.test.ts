import { cpSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AccountsSection } from '../accounts/schema.js';
import { collectAccountsDarwin } from '../accounts/darwin.js';
import { collectAntivirusDarwin } from '../antivirus/darwin.js';
import { XPROTECT_PLIST } from '../antivirus/xprotect.js';
import type { CollectContext } from '../collector.js';
import { collectEncryptionDarwin } from '../encryption/darwin.js';
import { collectFirewallDarwin } from '../firewall/darwin.js';
import { collectHardwareDarwin } from '../hardware/darwin.js';
import { HardwareSection } from '../hardware/schema.js';
import { collectNetworkDarwin } from '../network/darwin.js';
import { NetworkSection } from '../network/schema.js';
import { collectOsSupportDarwin } from '../ossupport/darwin.js';
import { collectPatchesDarwin } from '../patches/darwin.js';
import { parseSoftwareDarwin } from '../software/parse-darwin.js';
import { collectSystemDarwin } from '../system/darwin.js';
import { SystemSection } from '../system/schema.js';
import { collectUsersDarwin } from '../users/darwin.js';
import { UsersSection } from '../users/schema.js';
import { parseDsclRecords } from './dscl.js';
import type { RunText } from './snapshot.js';
import { parseIoregUuid } from './snapshot.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const RECORDED: Record<string, string> = {
  system_profiler: 'system_profiler-base-macbookair-m2-sonoma.json',
  sw_vers: 'sw_vers-sonoma.txt',
  ioreg: 'ioreg-platform.txt',
};

/** Replays the recorded output of each command and counts how often each one is asked for. */
function replay(): { run: RunText; calls: string[] } {
  const calls: string[] = [];
  const run: RunText = async (file, args) => {
    calls.push(file);
    if (file === 'dscl') return fixture(args.includes('/Groups/admin') ? 'dscl-admin.txt' : 'dscl-users.txt');
    const name = RECORDED[file];
    return name === undefined ? null : fixture(name);
  };
  return { run, calls };
}
const ctx = (): CollectContext => ({ root: '/', platform: 'darwin' });

describe('macOS base topics on recorded output (MacBook Air M2, macOS 14.7.1 Sonoma)', () => {
  it('system', async () => {
    expect(SystemSection.parse(await collectSystemDarwin(ctx(), replay().run))).toEqual({
      hostname: 'Suzuki-MacBook-Air',
      os: { id: 'macos', name: 'macOS', version: '14.7.1 (23H222)', versionId: '14.7.1', codename: 'Sonoma', prettyName: 'macOS Sonoma 14.7.1 (23H222)' },
      kernel: '23.6.0',
      arch: 'aarch64',
    });
  });

  it('hardware', async () => {
    expect(HardwareSection.parse(await collectHardwareDarwin(ctx(), replay().run))).toEqual({
      vendor: 'Apple',
      model: 'MacBook Air (Mac14,2)',
      serial: 'K2XQ7H9L4M',
      smbiosUuid: '5a1c3e2b-7d4f-5e6a-9b8c-0d1e2f3a4b5c',
      cpu: { model: 'Apple M2', cores: 8 },
      memoryBytes: 17179869184,
      disks: [],
    });
    expect(parseIoregUuid(fixture('ioreg-platform.txt'))).toBe('5a1c3e2b-7d4f-5e6a-9b8c-0d1e2f3a4b5c');
  });

  it('network', async () => {
    expect(NetworkSection.parse(await collectNetworkDarwin(ctx(), replay().run)).interfaces).toEqual([
      { name: 'bridge0', type: 'bridge', physical: false, ipv4: [], ipv6: [] },
      { name: 'en0', mac: 'f0:2f:4b:1a:2b:3c', type: 'wireless', physical: true, ipv4: ['192.0.2.41/24'], ipv6: [] },
      { name: 'en7', mac: '00:e0:4c:68:01:02', type: 'ethernet', physical: true, ipv4: ['198.51.100.52/24'], ipv6: ['fe80::1c8a:4f2e:9b3d:7a61/64'] },
    ]);
  });

  it('users and accounts from dscl', async () => {
    const u = UsersSection.parse(await collectUsersDarwin(ctx(), replay().run));
    expect(u.users.map((x) => [x.uid, x.name, x.admin, x.loginCapable, x.home])).toEqual([
      [0, 'root', true, true, '/var/root'],
      [248, '_mbsetupuser', false, true, '/var/empty'],
      [501, 'suzuki', true, true, '/Users/suzuki'],
      [502, 'tanaka', false, true, '/Users/tanaka'],
      [503, 'kyu-shain', false, true, '/Users/kyu-shain'],
    ]);
    const a = AccountsSection.parse(await collectAccountsDarwin(ctx(), replay().run));
    expect(a.users.map((x) => [x.name, x.enabled, x.admin, x.passwordNeverExpires])).toEqual([
      ['kyu-shain', false, false, null],
      ['root', true, true, null],
      ['suzuki', true, true, null],
      ['tanaka', true, false, null],
    ]);
  });

  it('one run of each command serves every topic of one inventory run', async () => {
    const { run, calls } = replay();
    const c = ctx();
    await Promise.all([collectSystemDarwin(c, run), collectHardwareDarwin(c, run), collectUsersDarwin(c, run), collectAccountsDarwin(c, run), collectOsSupportDarwin(c, run)]);
    expect(calls.sort()).toEqual(['dscl', 'dscl', 'ioreg', 'sw_vers', 'system_profiler']);
  });

  it('ossupport: Sonoma against the table, marked as an estimate', async () => {
    const s = await collectOsSupportDarwin(ctx(), replay().run, new Date('2026-01-01T00:00:00Z'));
    expect(s).toMatchObject({ status: 'supported', os: 'macOS 14.7.1', product: 'macOS 14 Sonoma', estimated: true });
  });
});

describe('macOS posture and software on recorded output', () => {
  it('applications: vendor from the signer, /System skipped, duplicates merged', () => {
    expect(parseSoftwareDarwin(fixture('system_profiler-apps.json')).packages).toEqual([
      { manager: 'app', name: 'Google Chrome', version: '131.0.6778.86', vendor: 'Google LLC' },
      { manager: 'app', name: 'LINE', version: '9.4.1' },
      { manager: 'app', name: 'Safari', version: '18.1', vendor: 'Apple' },
      { manager: 'app', name: 'やよいの青色申告 オンライン', version: '1.0' },
    ]);
  });

  it('XProtect version and age from its Info.plist', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mamori-xprotect-'));
    cpSync(fileURLToPath(new URL('../antivirus/fixtures/xprotect', import.meta.url)), root, { recursive: true });
    const written = new Date('2024-11-18T00:00:00Z');
    utimesSync(join(root, XPROTECT_PLIST), written, written);
    const av = await collectAntivirusDarwin({ root }, new Date('2024-11-25T00:00:00Z'));
    expect(av.products).toEqual([
      { name: 'XProtect', vendor: 'Apple', enabled: true, upToDate: true, signatureVersion: '5278', signatureDate: '2024-11-18T00:00:00.000Z', source: 'XProtect' },
    ]);
    expect((await collectAntivirusDarwin({ root }, new Date('2025-03-01T00:00:00Z'))).products[0]?.upToDate).toBe(false);
    expect(await collectAntivirusDarwin({ root: '/nonexistent' })).toEqual({ products: [] });
  });

  it('softwareupdate, fdesetup, socketfilterfw through their collectors', async () => {
    const list = readFileSync(new URL('../patches/fixtures/softwareupdate-list-sonoma.txt', import.meta.url), 'utf8');
    expect(await collectPatchesDarwin(ctx(), async () => list)).toMatchObject({ pending: 3, securityPending: 2, rebootRequired: null });
    expect(await collectPatchesDarwin(ctx(), async () => null)).toMatchObject({ pending: null, pendingError: 'softwareupdate gave no answer' });
    expect((await collectEncryptionDarwin(ctx(), async () => 'FileVault is On.\n')).volumes).toEqual([
      { mount: '/', encrypted: true, systemDrive: true, status: 'FileVault is On.', method: 'FileVault', source: 'fdesetup status' },
    ]);
    expect(await collectFirewallDarwin(ctx(), async () => 'Firewall is disabled. (State = 0)\n')).toMatchObject({ enabled: false });
  });

  it('dscl: multi-line values and multi-valued lines', () => {
    const [, , root] = parseDsclRecords(fixture('dscl-users.txt'));
    expect(root?.RecordName).toEqual(['root', 'BUILTIN\\Local System']);
    expect(root?.NFSHomeDirectory).toEqual(['/var/root', '/private/var/root']);
  });
});
