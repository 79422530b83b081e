// One asset: overview, each inventory section (with its own filter), identity flags, recent events.
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { TextInput } from '../components/text-input.js';
import type { DataSource } from '../data/data-source.js';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { useSelection } from '../hooks/use-selection.js';
import { windowStart } from '../hooks/selection.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';
import { eventLines, flagLines, overviewLines, sectionLines } from './detail-lines.js';

export interface AssetDetailProps {
  source: DataSource;
  assetId: string;
  active: boolean;
  width: number;
  height: number;
  setView: ScreenProps['setView'];
  onBack(): void;
}

export function AssetDetailView({ source, assetId, active, width, height, setView, onBack }: AssetDetailProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [tab, setTab] = useState(0);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState(false);
  useView(setView, editing ? 'text' : 'assetDetail', editing ? 'modal' : 'nested');
  const loaded = useLoad(
    async () => {
      const [detail, events] = await Promise.all([source.asset(assetId), source.events({ asset: assetId, limit: 50, order: 'desc' })]);
      return { detail, events };
    },
    [source, assetId],
    10_000,
  );
  const detail = loaded.data?.detail;
  const sections = useMemo(() => {
    if (!detail) return [];
    const inv = detail.inventory?.sections ?? {};
    return [
      { title: t('detail.overview'), lines: overviewLines(detail.asset, i18n), updatedAt: undefined as string | undefined },
      ...Object.entries(inv).map(([name, s]) => ({ title: name, lines: sectionLines(s, width), updatedAt: s.updatedAt })),
      { title: t('detail.flags'), lines: flagLines(detail.asset, i18n), updatedAt: undefined },
      { title: t('detail.recentEvents'), lines: eventLines(loaded.data?.events ?? [], i18n), updatedAt: undefined },
    ];
  }, [detail, loaded.data?.events, i18n, width]);
  const current = sections[Math.min(tab, sections.length - 1)];
  const lines = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return (current?.lines ?? []).filter((l) => words.every((w) => l.toLowerCase().includes(w)));
  }, [current, filter]);
  const bodyHeight = Math.max(1, height - 4);
  const sel = useSelection(lines.length, bodyHeight);
  const switchTab = (delta: number) => {
    setTab((i) => (i + delta + sections.length) % Math.max(1, sections.length));
    setFilter('');
    sel.setIndex(0);
  };
  useCommands(
    {
      ...sel.handlers,
      [Command.PrevSection]: () => switchTab(-1),
      [Command.NextSection]: () => switchTab(1),
      [Command.Filter]: () => setEditing(true),
      [Command.Back]: onBack,
    },
    { isActive: active && !editing },
  );

  if (!loaded.data) return <Text>{loaded.error ? t('common.error', { message: loaded.error.message }) : t('common.loading')}</Text>;
  if (!detail) return <Text color="red">{t('assets.notFound')}</Text>;
  const start = windowStart(0, sel.index, lines.length, bodyHeight);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {detail.asset.name}
        {'  '}
        {sections.map((s, i) => (i === Math.min(tab, sections.length - 1) ? `[${s.title}]` : ` ${s.title} `)).join('')}
      </Text>
      {editing ? (
        <Box>
          <TextInput label={t('cmd.filter') + ':'} value={filter} onChange={setFilter} onSubmit={() => setEditing(false)} onCancel={() => { setFilter(''); setEditing(false); }} isActive={active} />
          <Text dimColor>{'  ' + t('common.count', { shown: lines.length, total: current?.lines.length ?? 0 })}</Text>
        </Box>
      ) : (
        <Text dimColor wrap="truncate-end">
          {current?.updatedAt ? t('detail.section', { name: current.title, time: i18n.date(current.updatedAt, 'long') }) + '  ' : ''}
          {filter ? t('common.filter', { text: filter }) + '  ' : ''}
          {t('common.count', { shown: lines.length, total: current?.lines.length ?? 0 })}
        </Text>
      )}
      {detail.inventory === null && tab === 0 && detail.asset.kind === 'pc' ? <Text dimColor>{t('detail.noInventory')}</Text> : null}
      {lines.slice(start, start + bodyHeight).map((l, i) => (
        <Text key={start + i} inverse={start + i === sel.index} wrap="truncate-end">
          {(start + i === sel.index ? '> ' : '  ') + l}
        </Text>
      ))}
    </Box>
  );
}
