// Filter-as-you-type, type filter and column sort over the asset list; pure so it is fast and testable.
import type { AssetView } from '../../appliance/control/contract/index.js';

export type AssetSortKey = 'name' | 'type' | 'ip' | 'vendor' | 'lastSeen';
export const ASSET_SORT_KEYS: readonly AssetSortKey[] = ['name', 'type', 'ip', 'vendor', 'lastSeen'];

/** 'all', 'pc', or a device type such as 'printer'. */
export type TypeFilter = string;

export function assetType(a: AssetView): string {
  return a.kind === 'pc' ? 'pc' : (a.type ?? 'unknown');
}

/** Everything a user may type to find an asset: name, host, IP, MAC (with or without separators), vendor, model, serial, OS. */
export function searchText(a: AssetView): string {
  const macs = a.macs.flatMap((m) => [m, m.replace(/[:\-.]/g, '')]);
  return [a.name, a.hostname, ...a.ips, ...macs, a.vendor, a.model, a.serial, a.os, a.type]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matches(a: AssetView, text: string, words: readonly string[], type: TypeFilter): boolean {
  if (type !== 'all' && assetType(a) !== type) return false;
  return words.every((w) => text.includes(w));
}

export function filterAssets(assets: readonly AssetView[], query: string, type: TypeFilter = 'all'): AssetView[] {
  const words = queryWords(query);
  return assets.filter((a) => matches(a, words.length ? searchText(a) : '', words, type));
}

/** Assets in display order with their search text built once, so each keystroke only scans strings. */
export interface AssetIndex {
  readonly assets: readonly AssetView[];
  readonly texts: readonly string[];
}

export function indexAssets(sorted: readonly AssetView[]): AssetIndex {
  return { assets: sorted, texts: sorted.map(searchText) };
}

/** Same result as filterAssets over the indexed (already sorted) assets; the order is kept. */
export function filterIndex(index: AssetIndex, query: string, type: TypeFilter = 'all'): readonly AssetView[] {
  const words = queryWords(query);
  if (words.length === 0 && type === 'all') return index.assets;
  const out: AssetView[] = [];
  for (let i = 0; i < index.assets.length; i++) if (matches(index.assets[i]!, index.texts[i]!, words, type)) out.push(index.assets[i]!);
  return out;
}

function ipKey(ip: string | undefined): string {
  if (!ip) return '~';
  const parts = ip.split('.');
  return parts.length === 4 ? parts.map((p) => p.padStart(3, '0')).join('.') : ip;
}

const sortValue: Record<AssetSortKey, (a: AssetView) => string> = {
  name: (a) => a.name.toLowerCase(),
  type: (a) => assetType(a),
  ip: (a) => ipKey(a.ips[0]),
  vendor: (a) => (a.vendor ?? '~').toLowerCase(),
  lastSeen: (a) => a.lastSeen,
};

// One collator for every comparison: String#localeCompare builds its ICU state per call, which made a
// sort of 5,000 names cost ~15 ms, paid again on each keystroke.
const collator = new Intl.Collator();

export function sortAssets(assets: readonly AssetView[], key: AssetSortKey, dir: 'asc' | 'desc'): AssetView[] {
  const value = sortValue[key];
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = assets.map((a) => ({ a, v: value(a) }));
  keyed.sort((x, y) => sign * collator.compare(x.v, y.v) || (x.a.assetId < y.a.assetId ? -1 : x.a.assetId > y.a.assetId ? 1 : 0));
  return keyed.map((x) => x.a);
}

/** The type filter cycle: all, pc, then each device type present. */
export function typeCycle(assets: readonly AssetView[]): TypeFilter[] {
  const types = new Set(assets.filter((a) => a.kind === 'device').map(assetType));
  return ['all', 'pc', ...[...types].sort()];
}
