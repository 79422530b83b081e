// Windows `status` section: boot time from Win32_OperatingSystem.LastBootUpTime (base snapshot), to
// whole minutes like the Linux collector, so the section changes only when the PC reboots.
import { asRecord } from '../json-values.js';
import { winDate } from '../windows/json.js';
import type { StatusSection } from './schema.js';

export function parseStatusWin32(base: Record<string, unknown>): StatusSection {
  const boot = winDate(asRecord(base.os).LastBootUpTime);
  if (boot === undefined) return {};
  return { bootTime: new Date(Math.floor(Date.parse(boot) / 60_000) * 60_000).toISOString() };
}
