import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { lockFrom, parseGsettingsValue } from './gnome.js';
import { collectScreenLockLinux } from './linux.js';
import { parseScreenLockWin32 } from './parse-win32.js';
import { ScreenLockSection } from './schema.js';

describe('Windows screen lock', () => {
  it('machine inactivity limit, a user with a secure screen saver, a user without', () => {
    const s = ScreenLockSection.parse(parseScreenLockWin32(machine('win11-pro-23h2-ja').posture));
    expect(s.settings.map((x) => [x.scope, x.user, x.lockEnabled, x.timeoutSeconds])).toEqual([
      ['machine', undefined, true, 900],
      ['user', 'JIMU-PC01\\管理者', true, 600],
      ['user', 'JIMU-PC01\\山田太郎', false, null],
    ]);
  });

  it('GPO values win over the user’s own', () => {
    const s = parseScreenLockWin32({ userLock: { SID: 'S-1-5-21-1-2-3-1001', ScreenSaveActive: '0', PolicyScreenSaveActive: '1', PolicyScreenSaverIsSecure: '1', PolicyScreenSaveTimeOut: '300' } });
    expect(s.settings).toEqual([
      { scope: 'user', user: 'S-1-5-21-1-2-3-1001', lockEnabled: true, timeoutSeconds: 300, policy: true, source: 'HKU\\...\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' },
    ]);
  });

  it('nothing readable (Server fixture): no settings', () => {
    expect(parseScreenLockWin32(machine('server2022').posture)).toEqual({ settings: [] });
  });
});

describe('GNOME screen lock', () => {
  it('dconf policy tree with locks', async () => {
    const root = fileURLToPath(new URL('./fixtures/gnome-policy', import.meta.url));
    expect(await collectScreenLockLinux({ root })).toEqual({
      settings: [{ scope: 'machine', lockEnabled: true, timeoutSeconds: 300, policy: true, source: '/etc/dconf/db/local.d' }],
    });
  });

  it('gsettings values; idle-delay 0 never locks', () => {
    expect(parseGsettingsValue('uint32 300\n')).toBe(300);
    expect(parseGsettingsValue('true\n')).toBe(true);
    expect(lockFrom({ idleDelay: 0, lockEnabled: true })).toEqual({ lockEnabled: false, timeoutSeconds: null });
    expect(lockFrom({})).toEqual({ lockEnabled: null, timeoutSeconds: null });
  });

  it('on this machine: gsettings as it answers here', async () => {
    const s = ScreenLockSection.parse(await collectScreenLockLinux({ root: '/' }));
    let idle: string | null = null;
    try {
      idle = execFileSync('gsettings', ['get', 'org.gnome.desktop.session', 'idle-delay'], { encoding: 'utf8' });
    } catch {
      idle = null;
    }
    const def = s.settings.find((x) => x.scope === 'default');
    if (idle === null) expect(def).toBeUndefined();
    else expect(def?.source).toBe('gsettings');
    if (def?.lockEnabled === true) expect(def.timeoutSeconds).toBe(parseGsettingsValue(idle ?? ''));
  });
});
