// Every collector, listed explicitly: importing this file runs nothing. A topic gains a platform by
// adding its `win32.ts` / `darwin.ts` implementation to the map here.
import { collectAccountsDarwin } from './accounts/darwin.js';
import { collectAccountsLinux } from './accounts/linux.js';
import { AccountsSection } from './accounts/schema.js';
import { collectAccountsWin32 } from './accounts/win32.js';
import { collectAntivirusDarwin } from './antivirus/darwin.js';
import { collectAntivirusLinux } from './antivirus/linux.js';
import { AntivirusSection } from './antivirus/schema.js';
import { collectAntivirusWin32 } from './antivirus/win32.js';
import type { Collector } from './collector.js';
import { platformCollector } from './collector.js';
import { collectEncryptionDarwin } from './encryption/darwin.js';
import { collectEncryptionLinux } from './encryption/linux.js';
import { EncryptionSection } from './encryption/schema.js';
import { collectEncryptionWin32 } from './encryption/win32.js';
import { collectFirewallDarwin } from './firewall/darwin.js';
import { collectFirewallLinux } from './firewall/linux.js';
import { FirewallSection } from './firewall/schema.js';
import { collectFirewallWin32 } from './firewall/win32.js';
import { collectHardwareDarwin } from './hardware/darwin.js';
import { collectHardwareLinux } from './hardware/linux.js';
import { HardwareSection } from './hardware/schema.js';
import { collectHardwareWin32 } from './hardware/win32.js';
import { collectNetworkDarwin } from './network/darwin.js';
import { collectNetworkLinux } from './network/linux.js';
import { NetworkSection } from './network/schema.js';
import { collectNetworkWin32 } from './network/win32.js';
import { collectOsSupportDarwin } from './ossupport/darwin.js';
import { collectOsSupportLinux } from './ossupport/linux.js';
import { OsSupportSection } from './ossupport/schema.js';
import { collectOsSupportWin32 } from './ossupport/win32.js';
import { collectPatchesDarwin } from './patches/darwin.js';
import { collectPatchesLinux } from './patches/linux.js';
import { PatchesSection } from './patches/schema.js';
import { collectPatchesWin32 } from './patches/win32.js';
import { collectScreenLockLinux } from './screenlock/linux.js';
import { ScreenLockSection } from './screenlock/schema.js';
import { collectScreenLockWin32 } from './screenlock/win32.js';
import { collectSoftwareDarwin } from './software/darwin.js';
import { collectSoftwareLinux } from './software/linux.js';
import { SoftwareSection } from './software/schema.js';
import { collectSoftwareWin32 } from './software/win32.js';
import { collectStatusLinux } from './status/linux.js';
import { StatusSection } from './status/schema.js';
import { collectStatusWin32 } from './status/win32.js';
import { collectSystemDarwin } from './system/darwin.js';
import { collectSystemLinux } from './system/linux.js';
import { SystemSection } from './system/schema.js';
import { collectSystemWin32 } from './system/win32.js';
import { collectUsersDarwin } from './users/darwin.js';
import { collectUsersLinux } from './users/linux.js';
import { UsersSection } from './users/schema.js';
import { collectUsersWin32 } from './users/win32.js';

export type { CollectContext, Collector } from './collector.js';

export const systemCollector = platformCollector('system', SystemSection, {
  linux: (ctx) => collectSystemLinux(ctx),
  win32: (ctx) => collectSystemWin32(ctx),
  darwin: (ctx) => collectSystemDarwin(ctx),
});
export const statusCollector = platformCollector('status', StatusSection, {
  linux: (ctx) => collectStatusLinux(ctx),
  win32: (ctx) => collectStatusWin32(ctx),
});
export const hardwareCollector = platformCollector('hardware', HardwareSection, {
  linux: (ctx) => collectHardwareLinux(ctx),
  win32: (ctx) => collectHardwareWin32(ctx),
  darwin: (ctx) => collectHardwareDarwin(ctx),
});
export const networkCollector = platformCollector('network', NetworkSection, {
  linux: (ctx) => collectNetworkLinux(ctx),
  win32: (ctx) => collectNetworkWin32(ctx),
  darwin: (ctx) => collectNetworkDarwin(ctx),
});
export const softwareCollector = platformCollector('software', SoftwareSection, {
  linux: (ctx) => collectSoftwareLinux(ctx),
  win32: (ctx) => collectSoftwareWin32(ctx),
  darwin: (ctx) => collectSoftwareDarwin(ctx),
});
export const usersCollector = platformCollector('users', UsersSection, {
  linux: (ctx) => collectUsersLinux(ctx),
  win32: (ctx) => collectUsersWin32(ctx),
  darwin: (ctx) => collectUsersDarwin(ctx),
});
export const antivirusCollector = platformCollector('antivirus', AntivirusSection, {
  linux: (ctx) => collectAntivirusLinux(ctx),
  win32: (ctx) => collectAntivirusWin32(ctx),
  darwin: (ctx) => collectAntivirusDarwin(ctx),
});
export const patchesCollector = platformCollector('patches', PatchesSection, {
  linux: (ctx) => collectPatchesLinux(ctx),
  win32: (ctx) => collectPatchesWin32(ctx),
  darwin: (ctx) => collectPatchesDarwin(ctx),
});
export const osSupportCollector = platformCollector('ossupport', OsSupportSection, {
  linux: (ctx) => collectOsSupportLinux(ctx),
  win32: (ctx) => collectOsSupportWin32(ctx),
  darwin: (ctx) => collectOsSupportDarwin(ctx),
});
export const firewallCollector = platformCollector('firewall', FirewallSection, {
  linux: (ctx) => collectFirewallLinux(ctx),
  win32: (ctx) => collectFirewallWin32(ctx),
  darwin: (ctx) => collectFirewallDarwin(ctx),
});
export const encryptionCollector = platformCollector('encryption', EncryptionSection, {
  linux: (ctx) => collectEncryptionLinux(ctx),
  win32: (ctx) => collectEncryptionWin32(ctx),
  darwin: (ctx) => collectEncryptionDarwin(ctx),
});
export const accountsCollector = platformCollector('accounts', AccountsSection, {
  linux: (ctx) => collectAccountsLinux(ctx),
  win32: (ctx) => collectAccountsWin32(ctx),
  darwin: (ctx) => collectAccountsDarwin(ctx),
});
// macOS screen-lock settings live in per-user preferences the agent does not read: no darwin entry.
export const screenLockCollector = platformCollector('screenlock', ScreenLockSection, {
  linux: (ctx) => collectScreenLockLinux(ctx),
  win32: (ctx) => collectScreenLockWin32(ctx),
});

export const collectors: Collector<unknown>[] = [
  systemCollector,
  statusCollector,
  hardwareCollector,
  networkCollector,
  softwareCollector,
  usersCollector,
  antivirusCollector,
  patchesCollector,
  osSupportCollector,
  firewallCollector,
  encryptionCollector,
  accountsCollector,
  screenLockCollector,
];
