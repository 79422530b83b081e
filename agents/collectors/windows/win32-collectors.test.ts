import { describe, expect, it } from 'vitest';
import { collectAccountsWin32 } from '../accounts/win32.js';
import { AccountsSection } from '../accounts/schema.js';
import { collectAntivirusWin32 } from '../antivirus/win32.js';
import { AntivirusSection } from '../antivirus/schema.js';
import type { CollectContext } from '../collector.js';
import { collectEncryptionWin32 } from '../encryption/win32.js';
import { EncryptionSection } from '../encryption/schema.js';
import { collectFirewallWin32 } from '../firewall/win32.js';
import { FirewallSection } from '../firewall/schema.js';
import { collectHardwareWin32 } from '../hardware/win32.js';
import { HardwareSection } from '../hardware/schema.js';
import { collectNetworkWin32 } from '../network/win32.js';
import { NetworkSection } from '../network/schema.js';
import { collectOsSupportWin32 } from '../ossupport/win32.js';
import { OsSupportSection } from '../ossupport/schema.js';
import { collectPatchesWin32 } from '../patches/win32.js';
import { PatchesSection } from '../patches/schema.js';
import { collectScreenLockWin32 } from '../screenlock/win32.js';
import { ScreenLockSection } from '../screenlock/schema.js';
import { collectSoftwareWin32 } from '../software/win32.js';
import { SoftwareSection } from '../software/schema.js';
import { WINDOWS_SOFTWARE_SCRIPT } from '../software/win32-script.js';
import { StatusSection } from '../status/schema.js';
import { collectStatusWin32 } from '../status/win32.js';
import { collectSystemWin32 } from '../system/win32.js';
import { SystemSection } from '../system/schema.js';
import { collectUsersWin32 } from '../users/win32.js';
import { UsersSection } from '../users/schema.js';
import { WINDOWS_BASE_SCRIPT } from './base-script.js';
import type { RunScript } from './base.js';
import { WINDOWS_POSTURE_SCRIPT, WINDOWS_UPDATES_SCRIPT } from './posture-script.js';
import { psFixture, WINDOWS_MACHINES } from './test-utils/fixtures.js';
import type { WindowsMachine } from './test-utils/fixtures.js';

/** Replays the recorded output of each script for one machine and logs which scripts ran. */
function replay(m: WindowsMachine): { run: RunScript; ran: string[] } {
  const ran: string[] = [];
  const byScript = new Map<string, string>([
    [WINDOWS_BASE_SCRIPT, `base-${m}.json`],
    [WINDOWS_POSTURE_SCRIPT, `posture-${m}.json`],
    [WINDOWS_UPDATES_SCRIPT, `updates-${m}.json`],
    [WINDOWS_SOFTWARE_SCRIPT, 'software-win11-pro-23h2-ja.json'],
  ]);
  const run: RunScript = async (script, what) => {
    ran.push(what);
    const name = byScript.get(script);
    if (name === undefined) throw new Error(`no recording for ${what}`);
    return psFixture(name);
  };
  return { run, ran };
}

describe.each(WINDOWS_MACHINES)('every Windows collector on the %s recording', (m) => {
  it('produces its declared schema, with four PowerShell runs for thirteen topics', async () => {
    const { run, ran } = replay(m);
    const ctx: CollectContext = { root: 'C:\\', platform: 'win32' };
    const results = await Promise.all([
      collectSystemWin32(ctx, run).then((s) => SystemSection.parse(s)),
      collectStatusWin32(ctx, run).then((s) => StatusSection.parse(s)),
      collectHardwareWin32(ctx, run).then((s) => HardwareSection.parse(s)),
      collectNetworkWin32(ctx, run).then((s) => NetworkSection.parse(s)),
      collectUsersWin32(ctx, run).then((s) => UsersSection.parse(s)),
      collectSoftwareWin32(ctx, run).then((s) => SoftwareSection.parse(s)),
      collectAntivirusWin32(ctx, run).then((s) => AntivirusSection.parse(s)),
      collectPatchesWin32(ctx, run).then((s) => PatchesSection.parse(s)),
      collectOsSupportWin32(ctx, run).then((s) => OsSupportSection.parse(s)),
      collectFirewallWin32(ctx, run).then((s) => FirewallSection.parse(s)),
      collectEncryptionWin32(ctx, run).then((s) => EncryptionSection.parse(s)),
      collectAccountsWin32(ctx, run).then((s) => AccountsSection.parse(s)),
      collectScreenLockWin32(ctx, run).then((s) => ScreenLockSection.parse(s)),
    ]);
    expect(results).toHaveLength(13);
    expect(ran.sort()).toEqual(['windows base inventory', 'windows installed software', 'windows pending updates', 'windows posture']);
  });
});

describe('a failing PowerShell run', () => {
  it('the base snapshot failure reaches the collector; the update search failure only blanks pending', async () => {
    const ctx: CollectContext = { root: 'C:\\', platform: 'win32' };
    const { run } = replay('server2022');
    const failingUpdates: RunScript = async (script, what) => {
      if (script === WINDOWS_UPDATES_SCRIPT) throw Object.assign(new Error('Windows Update service disabled'), { code: 'COMMAND_FAILED' });
      return run(script, what);
    };
    const p = await collectPatchesWin32(ctx, failingUpdates);
    expect(p).toMatchObject({ pending: null, pendingError: 'Windows Update service disabled', build: '20348.2849' });
    const failingAll: RunScript = async () => {
      throw Object.assign(new Error('powershell.exe not found'), { code: 'COMMAND_FAILED' });
    };
    await expect(collectSystemWin32({ root: 'C:\\', platform: 'win32' }, failingAll)).rejects.toMatchObject({ code: 'COMMAND_FAILED' });
  });
});
