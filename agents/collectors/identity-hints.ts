// Identity hints for enrollment, derived from collected sections (shape of IdentityHints in wire.ts).
import { hostname as nodeHostname } from 'node:os';
import type { IdentityHints } from '../../protocol/wire.js';
import { HardwareSection } from './hardware/schema.js';
import { NetworkSection } from './network/schema.js';
import { SystemSection } from './system/schema.js';

export type CollectedIdentityHints = Omit<IdentityHints, 'agentVersion'>;

const MAC_RE = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

/**
 * Only MACs of hardware-backed interfaces count: bridges, veths and tunnels get made-up MACs that
 * change on restart and would make one PC look like a new one. A section that is missing or does not
 * match its schema contributes nothing rather than failing enrollment.
 */
export function identityHints(sections: Record<string, unknown>): CollectedIdentityHints {
  const system = SystemSection.safeParse(sections.system);
  const hardware = HardwareSection.safeParse(sections.hardware);
  const network = NetworkSection.safeParse(sections.network);
  const hints: CollectedIdentityHints = {
    hostname: (system.success ? system.data.hostname : nodeHostname()).slice(0, 255),
    macs: network.success ? physicalMacs(network.data) : [],
  };
  if (system.success) {
    if (system.data.machineId !== undefined) hints.machineId = system.data.machineId.slice(0, 128);
    const os = system.data.os;
    hints.os = (os.prettyName ?? [os.name, os.version ?? os.versionId].filter(Boolean).join(' ')).slice(0, 200);
  }
  if (hardware.success) {
    if (hardware.data.smbiosUuid !== undefined) hints.smbiosUuid = hardware.data.smbiosUuid.slice(0, 64);
    if (hardware.data.serial !== undefined) hints.serial = hardware.data.serial.slice(0, 128);
  }
  return hints;
}

function physicalMacs(network: NetworkSection): string[] {
  const macs = new Set<string>();
  for (const i of network.interfaces) {
    const mac = i.mac?.toLowerCase();
    if (!i.physical || mac === undefined || !MAC_RE.test(mac) || mac === '00:00:00:00:00:00') continue;
    macs.add(mac);
  }
  return [...macs].sort().slice(0, 64);
}
