// Linux `system` facts, all read under `root` so fixture trees stand in for real machines.
import { arch as nodeArch, hostname as nodeHostname } from 'node:os';
import type { CollectContext } from '../collector.js';
import { CollectorError } from '../collector-error.js';
import { readText, readTrimmed } from '../read.js';
import { osFactsFromRelease, parseOsRelease } from './os-release.js';
import type { SystemSection } from './schema.js';

const MACHINE_ID_RE = /^[0-9a-f]{32}$/;

export async function collectSystemLinux(ctx: Pick<CollectContext, 'root'>): Promise<SystemSection> {
  const { root } = ctx;
  const live = root === '/';
  const release = (await readText(root, '/etc/os-release')) ?? (await readText(root, '/usr/lib/os-release')) ?? '';
  const hostname =
    (await readTrimmed(root, '/proc/sys/kernel/hostname')) ??
    (await readTrimmed(root, '/etc/hostname')) ??
    (live ? nodeHostname() : null);
  if (hostname === null) throw new CollectorError('READ_FAILED', `no hostname under ${root}`, { root });
  const section: SystemSection = { hostname, os: osFactsFromRelease(parseOsRelease(release)) };
  const kernel = await readTrimmed(root, '/proc/sys/kernel/osrelease');
  if (kernel !== null) section.kernel = kernel;
  // /proc/sys/kernel/arch exists since Linux 6.1; older kernels fall back to Node's view when live.
  const arch = (await readTrimmed(root, '/proc/sys/kernel/arch')) ?? (live ? kernelArch(nodeArch()) : null);
  if (arch !== null) section.arch = arch;
  const machineId = (await readTrimmed(root, '/etc/machine-id')) ?? (await readTrimmed(root, '/var/lib/dbus/machine-id'));
  // An uninitialised machine-id ("uninitialized", or empty on first boot) identifies nothing.
  if (machineId !== null && MACHINE_ID_RE.test(machineId)) section.machineId = machineId;
  return section;
}

function kernelArch(a: string): string {
  const names: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l' };
  return names[a] ?? a;
}
