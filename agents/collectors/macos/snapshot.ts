// macOS facts shared by several collectors of one run: system_profiler (hardware, software, network),
// sw_vers, and the local user records. Each command runs once per inventory run.
import type { CollectContext } from '../collector.js';
import { CollectorError } from '../collector-error.js';
import { commandText } from '../exec.js';
import { perRun } from '../per-run.js';
import { DSCL_USER_ATTRS } from './dscl.js';

export type RunText = (file: string, args: string[]) => Promise<string | null>;

const liveRun: RunText = (file, args) => commandText(file, args, [0], { timeoutMs: 60_000 });

export interface DarwinBase {
  /** system_profiler -json output (SPHardwareDataType, SPSoftwareDataType, SPNetworkDataType), or null. */
  profile: string | null;
  swVers: string | null;
  /** ioreg -rd1 -c IOPlatformExpertDevice, for the platform UUID when system_profiler lacks it. */
  ioreg: string | null;
  users: string | null;
  admins: string | null;
}

export function darwinBase(ctx: CollectContext, run: RunText = liveRun): Promise<DarwinBase> {
  return perRun(ctx, 'darwin-base', async () => {
    const [profile, swVers, ioreg, users, admins] = await Promise.all([
      run('system_profiler', ['-json', 'SPHardwareDataType', 'SPSoftwareDataType', 'SPNetworkDataType']),
      run('sw_vers', []),
      run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']),
      run('dscl', ['.', '-readall', '/Users', ...DSCL_USER_ATTRS]),
      run('dscl', ['.', '-read', '/Groups/admin', 'GroupMembership']),
    ]);
    return { profile, swVers, ioreg, users, admins };
  });
}

/** "ProductVersion:\t14.7.1" lines of sw_vers. */
export function parseSwVers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s*(.+?)\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** "IOPlatformUUID" = "3A9D2B4C-…" from ioreg. */
export function parseIoregUuid(text: string): string | undefined {
  return /"IOPlatformUUID"\s*=\s*"([0-9A-Fa-f-]{36})"/.exec(text)?.[1]?.toLowerCase();
}

/** The array under `key` in system_profiler -json output, [] when absent or unparsable. */
export function profileItems(profileJson: string | null, key: string): Record<string, unknown>[] {
  if (profileJson === null) return [];
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(profileJson) as Record<string, unknown>;
  } catch (e) {
    throw new CollectorError('BAD_OUTPUT', `system_profiler printed something that is not JSON (${key})`, { key }, { cause: e });
  }
  const items = doc[key];
  return Array.isArray(items) ? (items.filter((i) => typeof i === 'object' && i !== null) as Record<string, unknown>[]) : [];
}
