// Every collector, listed explicitly: importing this file runs nothing. A topic gains a platform by
// adding its `win32.ts` / `darwin.ts` implementation to the map here.
import type { Collector } from './collector.js';
import { platformCollector } from './collector.js';
import { collectHardwareLinux } from './hardware/linux.js';
import { HardwareSection } from './hardware/schema.js';
import { collectNetworkLinux } from './network/linux.js';
import { NetworkSection } from './network/schema.js';
import { collectSoftwareLinux } from './software/linux.js';
import { SoftwareSection } from './software/schema.js';
import { collectStatusLinux } from './status/linux.js';
import { StatusSection } from './status/schema.js';
import { collectSystemLinux } from './system/linux.js';
import { SystemSection } from './system/schema.js';
import { collectUsersLinux } from './users/linux.js';
import { UsersSection } from './users/schema.js';

export type { CollectContext, Collector } from './collector.js';

export const systemCollector = platformCollector('system', SystemSection, { linux: (ctx) => collectSystemLinux(ctx) });
export const statusCollector = platformCollector('status', StatusSection, { linux: (ctx) => collectStatusLinux(ctx) });
export const hardwareCollector = platformCollector('hardware', HardwareSection, {
  linux: (ctx) => collectHardwareLinux(ctx),
});
export const networkCollector = platformCollector('network', NetworkSection, { linux: (ctx) => collectNetworkLinux(ctx) });
export const softwareCollector = platformCollector('software', SoftwareSection, {
  linux: (ctx) => collectSoftwareLinux(ctx),
});
export const usersCollector = platformCollector('users', UsersSection, { linux: (ctx) => collectUsersLinux(ctx) });

export const collectors: Collector<unknown>[] = [
  systemCollector,
  statusCollector,
  hardwareCollector,
  networkCollector,
  softwareCollector,
  usersCollector,
];
