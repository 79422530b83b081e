import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { parsePatchesWin32 } from './parse-win32.js';
import { PatchesSection } from './schema.js';

describe('parsePatchesWin32 on recorded PowerShell output', () => {
  it('Japanese Windows 11: build.UBR, ja-JP hotfix dates, localised categories, every row sourced', () => {
    const m = machine('win11-pro-23h2-ja');
    const p = PatchesSection.parse(parsePatchesWin32(m.base, m.posture, m.updates));
    expect(p.build).toBe('22631.4460');
    expect(p.hotfixes).toEqual([
      { id: 'KB5044033', description: 'Update', installedOn: '2024-10-09T00:00:00.000Z', source: 'Win32_QuickFixEngineering' },
      { id: 'KB5045935', description: 'Update', installedOn: '2024-11-13T00:00:00.000Z', source: 'Win32_QuickFixEngineering' },
      { id: 'KB5046633', description: 'Security Update', installedOn: '2024-11-13T00:00:00.000Z', source: 'Win32_QuickFixEngineering' },
    ]);
    expect(p).toMatchObject({ pending: 3, securityPending: 1, rebootRequired: false, lastInstall: '2024-11-13T12:13:20.000Z' });
    expect(p.pendingUpdates.map((u) => [u.kb, u.security, u.severity])).toEqual([
      [['KB5046633'], true, 'Critical'],
      [['KB2267602'], false, undefined],
      [undefined, false, undefined],
    ]);
    expect(p.pendingUpdates.every((u) => u.source === 'Microsoft.Update.Session')).toBe(true);
  });

  it('Windows 10: empty hotfix list (null), no pending updates, reboot pending', () => {
    const m = machine('win10-pro-22h2');
    expect(parsePatchesWin32(m.base, m.posture, m.updates)).toMatchObject({
      build: '19045.5131',
      hotfixes: [],
      pending: 0,
      securityPending: 0,
      rebootRequired: true,
    });
  });

  it('Server 2022: en-US dates, one update as a bare object, an undated hotfix', () => {
    const m = machine('server2022');
    const p = parsePatchesWin32(m.base, m.posture, m.updates);
    expect(p.hotfixes.map((h) => [h.id, h.installedOn])).toEqual([
      ['KB5012170', undefined],
      ['KB5044414', '2024-10-09T00:00:00.000Z'],
      ['KB5046616', '2024-11-13T00:00:00.000Z'],
    ]);
    expect(p).toMatchObject({ pending: 1, securityPending: 1 });
    expect(p.lastInstall).toBeUndefined();
  });

  it('the update agent failed: pending unknown, the reason kept, the rest still reported', () => {
    const m = machine('server2022');
    const p = parsePatchesWin32(m.base, m.posture, { error: 'COMMAND_FAILED: 0x8024402C' });
    expect(p).toMatchObject({ pending: null, securityPending: null, pendingError: 'COMMAND_FAILED: 0x8024402C', build: '20348.2849' });
  });
});
