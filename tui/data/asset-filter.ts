// Filter-as-you-type, type filter and column sort over the asset list; pure so it is fast and testable.
import type { Asset } from './types.js';

export type AssetSortKey = 'name' | 'type' | 'ip' | 'vendor' | 'lastSeen';
export const ASSET_SORT_KEYS: readonly AssetSortKey[] = ['name', 'type', 'ip', 'vendor', 'lastSeen'];

/** 'all', 'pc', or a device type such as 'printer'. */
export type TypeFilter = string;

export function assetType(a: Asset): string {
  return a.kind === 'pc' ? 'pc' : (a.type ?? 'unknown');
}

/** Everything a user may type to find an asset: name, host, IP, MAC (with or without separators), vendor, model, serial, OS, user. */
export function searchText(a: Asset): string {
  const user = [a.posture?.user, a.posture?.lastUser].filter((v): v is string => typeof v === 'string');
  const macs = a.macs.flatMap((m) => [m, m.replace(/[:\-.]/g, '')]);
  return [a.name, a.hostname, ...a.ips, ...macs, a.vendor, a.model, a.serial, a.os, a.type, ...user]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

export function filterAssets(assets: readonly Asset[], query: string, type: TypeFilter = 'all'): Asset[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return assets.filter((a) => {
    if (type !== 'all' && assetType(a) !== type) return false;
    if (words.length === 0) return true;
    const text = searchText(a);
    return words.every((w) => text.includes(w));
  });
}

function ipKey(ip: string | undefined): string {
  if (!ip) return '~';
  const parts = ip.split('.');
  return parts.length === 4 ? parts.map((p) => p.padStart(3, '0')).join('.') : ip;
}

const sortValue: Record<AssetSortKey, (a: Asset) => string> = {
  name: (a) => a.name.toLowerCase(),
  type: (a) => assetType(a),
  ip: (a) => ipKey(a.ips[0]),
  vendor: (a) => (a.vendor ?? '~').toLowerCase(),
  lastSeen: (a) => a.lastSeen,
};

export function sortAssets(assets: readonly Asset[], key: AssetSortKey, dir: 'asc' | 'desc'): Asset[] {
  const value = sortValue[key];
  const sign = dir === 'asc' ? 1 : -1;
  return [...assets].sort((a, b) => sign * value(a).localeCompare(value(b)) || a.assetId.localeCompare(b.assetId));
}

/** The type filter cycle: all, pc, then each device type present. */
export function typeCycle(assets: readonly Asset[]): TypeFilter[] {
  const types = new Set(assets.filter((a) => a.kind === 'device').map(assetType));
  return ['all', 'pc', ...[...types].sort()];
}
