import { describe, expect, it } from 'vitest';
import { psFixture } from '../windows/test-utils/fixtures.js';
import { parseSoftwareWin32 } from './parse-win32.js';
import { SoftwareSection } from './schema.js';

describe('parseSoftwareWin32 on recorded Uninstall-key rows', () => {
  it('skips SystemComponent=1, patches and nameless keys; de-duplicates by name and version; sorted by code point', () => {
    const s = SoftwareSection.parse(parseSoftwareWin32(psFixture('software-win11-pro-23h2-ja.json')));
    expect(s.packages).toEqual([
      { manager: 'registry', name: 'Adobe Acrobat Reader - Japanese', version: '24.004.20220', arch: 'x86', vendor: 'Adobe' },
      { manager: 'registry', name: 'Google Chrome', version: '131.0.6778.86', arch: 'x64', vendor: 'Google LLC' },
      { manager: 'registry', name: 'Microsoft Office Professional Plus 2021 - ja-jp', version: '16.0.18129.20116', arch: 'x64', vendor: 'Microsoft Corporation' },
      { manager: 'registry', name: 'Microsoft Teams classic', version: '1.7.00.13456', vendor: 'Microsoft Corporation' },
      { manager: 'registry', name: 'Zoom Workplace', version: '6.1.0 (41234)', vendor: 'Zoom Video Communications, Inc.' },
      { manager: 'registry', name: 'Zoom Workplace', version: '6.2.11 (52650)', vendor: 'Zoom Video Communications, Inc.' },
      { manager: 'registry', name: 'eLTAX 電子申告・申請・届出', version: '3.12.0', arch: 'x86' },
      { manager: 'registry', name: 'ウイルスバスター クラウド', version: '17.8', arch: 'x86', vendor: 'Trend Micro Inc.' },
      { manager: 'registry', name: '弥生会計 25', version: '31.0.1', arch: 'x86', vendor: '弥生株式会社' },
    ]);
  });

  it('a machine with one program (a bare object) or none (null)', () => {
    expect(parseSoftwareWin32({ DisplayName: 'メモ帳++', DisplayVersion: '8.6', Hive: 'HKLM' }).packages).toHaveLength(1);
    expect(parseSoftwareWin32(null)).toEqual({ packages: [] });
  });
});
