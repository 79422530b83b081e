// One list of PCs and devices: filter as you type, sort by column, filter by type, open the detail.
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { Table } from '../components/table.js';
import { TextInput } from '../components/text-input.js';
import { ASSET_SORT_KEYS, filterIndex, indexAssets, sortAssets, typeCycle, type AssetSortKey } from '../data/asset-filter.js';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { sameJson } from '../data/same-json.js';
import { useSelection } from '../hooks/use-selection.js';
import { truncateToWidth } from '../text/display-width.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { AssetDetailView } from './asset-detail.js';
import { assetColumns } from './asset-columns.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

export function AssetsScreen(props: ScreenProps) {
  const { source, active, width, height, setView } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState(false);
  const [typeIdx, setTypeIdx] = useState(0);
  const [sort, setSort] = useState<{ key: AssetSortKey; dir: 'asc' | 'desc' }>({ key: 'name', dir: 'asc' });
  const [openId, setOpenId] = useState<string | null>(null);
  const loaded = useLoad(() => source.assets(), [source], 5000, { same: sameJson, maxPollMs: 30_000 });
  const all = loaded.data ?? [];
  const types = useMemo(() => typeCycle(all), [all]);
  const type = types[typeIdx % types.length] ?? 'all';
  // Sorted and indexed once per list or sort change; a keystroke in the filter only scans the index.
  const index = useMemo(() => indexAssets(sortAssets(all, sort.key, sort.dir)), [all, sort]);
  const rows = useMemo(() => filterIndex(index, query, type), [index, query, type]);
  const tableHeight = Math.max(3, height - 2);
  const sel = useSelection(rows.length, tableHeight - 1);

  useView(setView, editing ? 'text' : 'assets', editing ? 'modal' : 'none', !openId);
  useCommands(
    {
      ...sel.handlers,
      [Command.Open]: () => rows[sel.index] && setOpenId(rows[sel.index]!.assetId),
      [Command.Filter]: () => setEditing(true),
      [Command.Sort]: () => setSort((s) => ({ key: ASSET_SORT_KEYS[(ASSET_SORT_KEYS.indexOf(s.key) + 1) % ASSET_SORT_KEYS.length]!, dir: s.dir })),
      [Command.SortDir]: () => setSort((s) => ({ ...s, dir: s.dir === 'asc' ? 'desc' : 'asc' })),
      [Command.TypeFilter]: () => setTypeIdx((i) => (i + 1) % types.length),
      [Command.Refresh]: loaded.reload,
    },
    { isActive: active && !editing && !openId },
  );

  if (openId) {
    return <AssetDetailView source={source} assetId={openId} active={active} width={width} height={height} setView={setView} onBack={() => setOpenId(null)} />;
  }
  const typeLabel = type === 'all' ? t('assets.typeAll') : type === 'pc' ? t('kind.pc') : type;
  const status = [
    t('common.count', { shown: rows.length, total: all.length }),
    t('assets.typeFilter', { type: typeLabel }),
    t('assets.sort', { column: t(`col.${sort.key}`), dir: t(sort.dir === 'asc' ? 'sort.asc' : 'sort.desc') }),
  ].join('  ');
  const empty = loaded.data === null ? t('common.loading') : all.length === 0 ? t('assets.empty') : t('assets.noMatch');
  return (
    <Box flexDirection="column">
      {editing ? (
        <Box>
        <TextInput
          label={t('cmd.filter') + ':'}
          value={query}
          onChange={setQuery}
          onSubmit={() => setEditing(false)}
          onCancel={() => {
            setQuery('');
            setEditing(false);
          }}
          isActive={active}
        />
        <Text dimColor>{'  ' + t('common.count', { shown: rows.length, total: all.length })}</Text>
        </Box>
      ) : (
        <Text>{truncateToWidth((query ? t('common.filter', { text: query }) + '  ' : '') + status, width)}</Text>
      )}
      {loaded.error ? <Text color="red">{t('common.error', { message: loaded.error.message })}</Text> : null}
      <Table columns={assetColumns(i18n, width, sort)} rows={rows} selected={sel.index} height={tableHeight} width={width} empty={empty} />
    </Box>
  );
}
