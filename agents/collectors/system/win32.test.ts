import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseStatusWin32 } from '../status/parse-win32.js';
import { parseSystemWin32 } from './parse-win32.js';
import { SystemSection } from './schema.js';

describe('parseSystemWin32 on recorded PowerShell output', () => {
  it('Japanese Windows 11 Pro 23H2: ProductName says "Windows 10", build 22631 makes it 11', () => {
    const s = SystemSection.parse(parseSystemWin32(machine('win11-pro-23h2-ja').base));
    expect(s).toEqual({
      hostname: 'JIMU-PC01',
      os: { id: 'windows', name: 'Windows 11 Pro', version: '23H2', versionId: '10.0.22631.4460', prettyName: 'Windows 11 Pro 23H2 (22631.4460)' },
      kernel: '10.0.22631',
      arch: 'x86_64',
      machineId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    });
  });

  it('Windows 10 Pro 22H2 stays Windows 10', () => {
    const s = parseSystemWin32(machine('win10-pro-22h2').base);
    expect(s.hostname).toBe('keiri-pc02');
    expect(s.os).toMatchObject({ name: 'Windows 10 Pro', version: '22H2', versionId: '10.0.19045.5131' });
  });

  it('Windows Server 2022 is never renamed', () => {
    const s = parseSystemWin32(machine('server2022').base);
    expect(s.os.prettyName).toBe('Windows Server 2022 Standard 21H2 (20348.2849)');
  });
});

describe('parseStatusWin32', () => {
  it('boot time to the minute from LastBootUpTime', () => {
    expect(parseStatusWin32(machine('win11-pro-23h2-ja').base)).toEqual({ bootTime: '2024-11-25T01:00:00.000Z' });
    expect(parseStatusWin32({})).toEqual({});
  });
});
