// Windows `screenlock` section. Machine policy: InactivityTimeoutSecs (Interactive logon: machine
// inactivity limit) locks every session. Per user (each loaded hive under HKU): the screen saver locks
// when ScreenSaveActive=1 and ScreenSaverIsSecure=1, after ScreenSaveTimeOut seconds; the same values
// under Software\Policies (GPO) win over the user's own. Registry values are strings ("1", "600").
import { asRecord, num, records, str } from '../json-values.js';
import type { ScreenLockSection, ScreenLockSetting } from './schema.js';

export function parseScreenLockWin32(posture: Record<string, unknown>): ScreenLockSection {
  const settings: ScreenLockSetting[] = [];
  const limit = num(asRecord(posture.machineLock).InactivityTimeoutSecs);
  if (limit !== undefined) {
    settings.push({ scope: 'machine', lockEnabled: limit > 0, timeoutSeconds: limit > 0 ? limit : null, policy: true, source: 'HKLM\\...\\Policies\\System InactivityTimeoutSecs' });
  }
  for (const u of records(posture.userLock)) {
    const policy = str(u.PolicyScreenSaveActive) !== undefined || str(u.PolicyScreenSaverIsSecure) !== undefined || str(u.PolicyScreenSaveTimeOut) !== undefined;
    const active = num(u.PolicyScreenSaveActive) ?? num(u.ScreenSaveActive);
    const secure = num(u.PolicyScreenSaverIsSecure) ?? num(u.ScreenSaverIsSecure);
    const timeout = num(u.PolicyScreenSaveTimeOut) ?? num(u.ScreenSaveTimeOut);
    const lockEnabled = active === undefined && secure === undefined ? null : active === 1 && secure === 1;
    const row: ScreenLockSetting = {
      scope: 'user',
      lockEnabled,
      timeoutSeconds: lockEnabled === true && timeout !== undefined ? timeout : null,
      source: policy ? 'HKU\\...\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' : 'HKU\\...\\Control Panel\\Desktop',
    };
    const user = str(u.User) ?? str(u.SID);
    if (user !== undefined) row.user = user;
    if (policy) row.policy = true;
    settings.push(row);
  }
  return { settings };
}
