// The asset table's columns; narrow terminals drop the model column.
import type { Column } from '../components/columns.js';
import { assetType, type AssetSortKey } from '../data/asset-filter.js';
import type { AssetView as Asset } from '../../appliance/control/contract/index.js';
import type { I18n } from '../i18n/i18n.js';

export function assetStatus(a: Asset, t: I18n['t']): string {
  if (a.flags.length > 0) return t('status.flagged', { count: a.flags.length });
  if (a.kind !== 'pc') return '';
  return a.connected ? t('status.online') : t('status.offline');
}

export function assetTypeLabel(a: Asset, t: I18n['t']): string {
  return a.kind === 'pc' ? t('kind.pc') : assetType(a);
}

export function assetColumns(i18n: I18n, width: number, sort: { key: AssetSortKey; dir: 'asc' | 'desc' }): Column<Asset>[] {
  const { t } = i18n;
  const arrow = t(sort.dir === 'asc' ? 'sort.asc' : 'sort.desc');
  const title = (key: AssetSortKey | null, label: string) => (key === sort.key ? `${label}${arrow}` : label);
  const cols: Array<Column<Asset> & { show?: boolean }> = [
    { title: title(null, t('col.status')), width: 10, value: (a) => assetStatus(a, t) },
    { title: title('name', t('col.name')), flex: 2, min: 10, value: (a) => a.name },
    { title: title('type', t('col.type')), width: 8, value: (a) => assetTypeLabel(a, t) },
    { title: title('ip', t('col.ip')), width: 15, value: (a) => a.ips[0] ?? '' },
    { title: title('vendor', t('col.vendor')), flex: 1, min: 6, value: (a) => a.vendor ?? '' },
    { title: t('col.model'), flex: 1, min: 8, value: (a) => a.model ?? a.os ?? '', show: width >= 100 },
    { title: title('lastSeen', t('col.lastSeen')), width: 11, value: (a) => i18n.date(a.lastSeen) },
  ];
  return cols.filter((c) => c.show !== false);
}
