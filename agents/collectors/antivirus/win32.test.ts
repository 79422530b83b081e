import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseAntivirusWin32 } from './parse-win32.js';
import { AntivirusSection } from './schema.js';

const now = new Date('2024-11-25T12:00:00Z');

describe('parseAntivirusWin32 on recorded PowerShell output', () => {
  it('Defender passive beside Trend Micro, and a stale Norton entry: judged one by one', () => {
    const av = AntivirusSection.parse(parseAntivirusWin32(machine('win11-pro-23h2-ja').posture, now));
    expect(av.products).toEqual([
      {
        name: 'Windows Defender',
        vendor: 'Microsoft',
        enabled: false,
        upToDate: true,
        state: 'off',
        passive: true,
        signatureDate: '2024-11-24T20:26:40.000Z',
        signatureVersion: '1.421.1234.0',
        source: 'SecurityCenter2',
        productState: 393472,
      },
      { name: 'ウイルスバスター クラウド', vendor: 'Trend Micro', enabled: true, upToDate: true, state: 'on', source: 'SecurityCenter2', productState: 266240 },
      { name: 'Norton Security', vendor: 'Gen Digital', enabled: false, upToDate: false, state: 'off', source: 'SecurityCenter2', productState: 262160 },
    ]);
  });

  it('Windows 10: a single product arrives as an object, Defender on and current', () => {
    const av = parseAntivirusWin32(machine('win10-pro-22h2').posture, now);
    expect(av.products).toHaveLength(1);
    expect(av.products[0]).toMatchObject({ name: 'Windows Defender', enabled: true, upToDate: true, state: 'on', productState: 397568 });
  });

  it('Windows Server: no SecurityCenter2, Defender status instead; 12-day-old signatures are out of date', () => {
    const av = parseAntivirusWin32(machine('server2022').posture, now);
    expect(av.products).toEqual([
      {
        name: 'Microsoft Defender Antivirus',
        vendor: 'Microsoft',
        enabled: true,
        upToDate: false,
        state: 'on',
        source: 'MSFT_MpComputerStatus',
        signatureDate: '2024-11-12T08:26:40.000Z',
        signatureVersion: '1.419.560.0',
      },
    ]);
  });

  it('nothing readable: no products', () => {
    expect(parseAntivirusWin32({ av: null, defender: null })).toEqual({ products: [] });
  });
});
