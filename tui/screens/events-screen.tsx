// Live tail of the journal with kind / asset / time filters, pause, paging and a detail view.
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { Column } from '../components/columns.js';
import { Table } from '../components/table.js';
import { TextInput } from '../components/text-input.js';
import type { EventRecord } from '../../appliance/control/contract/index.js';
import { clamp, moveSelection } from '../hooks/selection.js';
import { useCommands } from '../hooks/use-commands.js';
import { useEventTail } from '../hooks/use-event-tail.js';
import { useLoad } from '../hooks/use-load.js';
import { truncateToWidth } from '../text/display-width.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { summarizeData } from './detail-lines.js';
import { EventDetail } from './event-detail.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

const RANGES = [
  { key: 'events.range.all', ms: 0 },
  { key: 'events.range.1h', ms: 3_600_000 },
  { key: 'events.range.24h', ms: 86_400_000 },
  { key: 'events.range.7d', ms: 7 * 86_400_000 },
] as const;

export function EventsScreen({ source, active, width, height, setView }: ScreenProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [kind, setKind] = useState('');
  const [asset, setAsset] = useState('');
  const [editing, setEditing] = useState<null | 'kind' | 'asset'>(null);
  const [draft, setDraft] = useState('');
  const [range, setRange] = useState(0);
  const [open, setOpen] = useState<EventRecord | null>(null);
  const since = useMemo(() => (RANGES[range]!.ms ? new Date(Date.now() - RANGES[range]!.ms).toISOString() : undefined), [range]);
  const tail = useEventTail(source, {
    filter: { kind: kind || undefined, asset: asset || undefined, since },
    following: !paused,
    onShift: (d) => setIndex((i) => (i === 0 && d > 0 ? 0 : Math.max(0, i + d))),
  });
  const names = useLoad(async () => new Map((await source.assets()).map((a) => [a.assetId, a.name])), [source]);
  const nameOf = (src: string) => names.data?.get(src) ?? src;
  const rows = tail.window.records;
  const tableHeight = Math.max(3, height - 2);
  const selected = clamp(index, rows.length);

  useView(setView, editing ? 'text' : 'events', editing ? 'modal' : 'none', !open);
  const move = (command: Command) => () => {
    if (command === Command.Up && selected === 0) tail.loadNewer();
    const next = moveSelection(selected, rows.length, tableHeight - 1, command);
    if (next >= rows.length - 1) tail.loadOlder();
    setIndex(next);
  };
  const startEdit = (field: 'kind' | 'asset') => {
    setDraft(field === 'kind' ? kind : asset);
    setEditing(field);
  };
  useCommands(
    {
      [Command.Up]: move(Command.Up),
      [Command.Down]: move(Command.Down),
      [Command.PageUp]: move(Command.PageUp),
      [Command.PageDown]: move(Command.PageDown),
      [Command.Top]: () => {
        setIndex(0);
        if (!tail.window.atHead) tail.toHead();
      },
      [Command.Bottom]: move(Command.Bottom),
      [Command.Open]: () => rows[selected] && setOpen(rows[selected]!),
      [Command.Pause]: () => {
        if (paused && tail.window.pending > 0) {
          setIndex(0);
          tail.toHead();
        }
        setPaused(!paused);
      },
      [Command.Filter]: () => startEdit('kind'),
      [Command.AssetFilter]: () => startEdit('asset'),
      [Command.TimeRange]: () => {
        setRange((r) => (r + 1) % RANGES.length);
        setIndex(0);
      },
    },
    { isActive: active && !editing && !open },
  );

  if (open) return <EventDetail record={open} sourceName={nameOf(open.src)} active={active} height={height} setView={setView} onBack={() => setOpen(null)} />;

  const columns: Column<EventRecord>[] = [
    { title: t('col.time'), width: 11, value: (e) => i18n.date(e.ts) },
    { title: t('col.source'), flex: 1, min: 10, value: (e) => nameOf(e.src) },
    { title: t('col.event'), flex: 1, min: 12, value: (e) => e.kind },
    { title: t('col.summary'), flex: 2, value: (e) => summarizeData(e.data) },
  ];
  const state = paused || tail.window.pending > 0 ? t('events.paused', { count: tail.window.pending }) : t('events.live');
  const status = [
    state,
    t('events.kindFilter', { kind: kind || t('events.any') }),
    t('events.assetFilter', { asset: asset ? nameOf(asset) : t('events.any') }),
    t('events.range', { range: t(RANGES[range]!.key) }),
  ].join('  ');
  const commit = (value: string) => {
    const text = value.trim();
    if (editing === 'kind') setKind(text);
    else setAsset(resolveAsset(text, names.data ?? new Map()));
    setEditing(null);
    setIndex(0);
  };
  return (
    <Box flexDirection="column">
      {editing ? (
        <TextInput label={t(editing === 'kind' ? 'cmd.filter' : 'cmd.assetFilter') + ':'} value={draft} onChange={setDraft} onSubmit={commit} onCancel={() => setEditing(null)} isActive={active} />
      ) : (
        <Text color={paused ? 'yellow' : undefined}>{truncateToWidth(status, width)}</Text>
      )}
      {tail.error ? <Text color="red">{t('common.error', { message: tail.error.message })}</Text> : null}
      <Table columns={columns} rows={rows} selected={selected} height={tableHeight} width={width} empty={tail.loading ? t('common.loading') : t('events.empty')} />
    </Box>
  );
}

/** The asset filter accepts an asset id or part of a name; the daemon filters by id. */
export function resolveAsset(text: string, names: ReadonlyMap<string, string>): string {
  if (!text || names.has(text)) return text;
  const needle = text.toLowerCase();
  for (const [id, name] of names) if (name.toLowerCase().includes(needle)) return id;
  return text;
}
