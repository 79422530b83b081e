import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseFdesetupStatus } from './darwin.js';
import { collectEncryptionLinux } from './linux.js';
import { luksVolumes } from './lsblk.js';
import { parseEncryptionWin32 } from './parse-win32.js';
import { EncryptionSection } from './schema.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('LUKS from lsblk', () => {
  it('/ on LVM inside LUKS is encrypted; /home on a plain partition is not', () => {
    expect(luksVolumes(fixture('lsblk-luks-lvm.json'))).toEqual([
      { mount: '/', device: 'vg0-root', encrypted: true, systemDrive: true, status: 'dm-crypt nvme0n1p3_crypt', source: 'lsblk' },
      { mount: '/home', device: 'sda1', encrypted: false, systemDrive: false, source: 'lsblk' },
    ]);
  });

  it('older lsblk (MOUNTPOINT): encrypted /home on plain /', () => {
    expect(luksVolumes(fixture('lsblk-old-mountpoint.json')).map((v) => [v.mount, v.encrypted])).toEqual([
      ['/', false],
      ['/home', true],
    ]);
  });

  it('recorded output through the collector; no lsblk means / is unknown', async () => {
    const s = EncryptionSection.parse(await collectEncryptionLinux({ root: '/' }, { lsblk: async () => fixture('lsblk-luks-lvm.json') }));
    expect(s.volumes.map((v) => v.mount)).toEqual(['/', '/home']);
    expect(await collectEncryptionLinux({ root: '/x' })).toEqual({
      volumes: [{ mount: '/', encrypted: null, systemDrive: true, status: 'lsblk not available', source: 'lsblk' }],
    });
  });

  it('on this machine: a valid section whose / row matches lsblk', async () => {
    const s = EncryptionSection.parse(await collectEncryptionLinux({ root: '/' }));
    const root = s.volumes.find((v) => v.mount === '/');
    expect(root?.systemDrive).toBe(true);
    const tree = readFileSync('/proc/self/mountinfo', 'utf8');
    // A dm-crypt root shows a /dev/mapper or /dev/dm-* source in mountinfo.
    const rootLine = tree.split('\n').find((l) => l.split(' ')[4] === '/');
    if (root?.encrypted === true) expect(rootLine).toMatch(/\/dev\/(mapper|dm-)/);
  });
});

describe('BitLocker and FileVault', () => {
  it('Japanese Windows 11: C: protected (XTS-AES 128), D: not', () => {
    expect(parseEncryptionWin32(machine('win11-pro-23h2-ja').posture).volumes).toEqual([
      { mount: 'C:', encrypted: true, systemDrive: true, status: 'FullyEncrypted', method: 'XtsAes128', source: 'Get-BitLockerVolume' },
      { mount: 'D:', encrypted: false, systemDrive: false, status: 'FullyDecrypted', source: 'Get-BitLockerVolume' },
    ]);
  });

  it('Windows 10 without the BitLocker module: Win32_EncryptableVolume says off', () => {
    expect(parseEncryptionWin32(machine('win10-pro-22h2').posture).volumes).toEqual([
      { mount: 'C:', encrypted: false, systemDrive: true, source: 'Win32_EncryptableVolume' },
    ]);
  });

  it('Server with neither source: the system drive is unknown, not "unencrypted"', () => {
    expect(parseEncryptionWin32(machine('server2022').posture).volumes).toEqual([
      { mount: 'C:', encrypted: null, systemDrive: true, status: 'BitLocker status not readable', source: 'none' },
    ]);
  });

  it('fdesetup status', () => {
    expect(parseFdesetupStatus('FileVault is On.\n')).toBe(true);
    expect(parseFdesetupStatus('FileVault is Off.\n')).toBe(false);
    expect(parseFdesetupStatus('Encryption in progress: Percent completed = 45.2\n')).toBe(false);
    expect(parseFdesetupStatus('')).toBeNull();
  });
});
