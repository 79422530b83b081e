// Cloned or re-imaged PCs share identity facts; we flag them on both assets and never merge silently.
import type { IdentityHints } from '../../protocol/wire.js';

export interface IdentityFacts {
  assetId: string;
  smbiosUuid?: string;
  serial?: string;
  machineId?: string;
  macs: string[];
}

// Vendors ship these in place of a real serial or UUID; matching on them would flag every PC.
const PLACEHOLDERS = new Set([
  '', '0', 'none', 'n/a', 'na', 'default string', 'to be filled by o.e.m.', 'system serial number', 'not specified',
  'not applicable', 'chassis serial number', '0123456789', '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff', '03000200-0400-0500-0006-000700080009',
]);

export function meaningful(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  return PLACEHOLDERS.has(v) ? undefined : v;
}

export interface Collision {
  otherAssetId: string;
  fields: string[];
}

export function findCollisions(hints: IdentityHints, assetId: string, others: readonly IdentityFacts[]): Collision[] {
  const mine = {
    smbiosUuid: meaningful(hints.smbiosUuid),
    serial: meaningful(hints.serial),
    machineId: meaningful(hints.machineId),
    macs: new Set(hints.macs.filter((m) => m !== '00:00:00:00:00:00')),
  };
  const out: Collision[] = [];
  for (const o of others) {
    if (o.assetId === assetId) continue;
    const fields: string[] = [];
    if (mine.smbiosUuid && mine.smbiosUuid === meaningful(o.smbiosUuid)) fields.push('smbiosUuid');
    if (mine.serial && mine.serial === meaningful(o.serial)) fields.push('serial');
    if (mine.machineId && mine.machineId === meaningful(o.machineId)) fields.push('machineId');
    const sharedMacs = o.macs.filter((m) => mine.macs.has(m));
    if (sharedMacs.length) fields.push(`mac ${sharedMacs.join(',')}`);
    if (fields.length) out.push({ otherAssetId: o.assetId, fields });
  }
  return out;
}
