// Open alerts; acknowledge one with a note (the daemon journals it with the OS user).
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Column } from '../components/columns.js';
import { Table } from '../components/table.js';
import { TextInput } from '../components/text-input.js';
import type { Alert } from '../../appliance/control/contract/index.js';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { useSelection } from '../hooks/use-selection.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

export function AlertsScreen({ source, active, width, height, setView }: ScreenProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [includeAcked, setIncludeAcked] = useState(false);
  const [acking, setAcking] = useState<Alert | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const loaded = useLoad(async () => {
    const [alerts, assets] = await Promise.all([source.alerts(includeAcked), source.assets()]);
    return { alerts, names: new Map(assets.map((a) => [a.assetId, a.name])) };
  }, [source, includeAcked], 5000);
  const rows = loaded.data?.alerts ?? [];
  const tableHeight = Math.max(3, height - 3);
  const sel = useSelection(rows.length, tableHeight - 1);
  useView(setView, acking ? 'text' : 'alerts', acking ? 'modal' : 'none');
  useCommands(
    {
      ...sel.handlers,
      [Command.Ack]: () => {
        const alert = rows[sel.index];
        if (!alert || alert.ackedAt) return;
        setNote('');
        setMessage(null);
        setAcking(alert);
      },
      [Command.ToggleAcked]: () => setIncludeAcked((v) => !v),
      [Command.Refresh]: loaded.reload,
    },
    { isActive: active && !acking },
  );
  const submit = async (text: string) => {
    const alert = acking!;
    setAcking(null);
    try {
      await source.ackAlert(alert.id, text);
      setMessage({ ok: true, text: t('alerts.done') });
      loaded.reload();
    } catch (e) {
      setMessage({ ok: false, text: t('common.error', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  const columns: Column<Alert>[] = [
    { title: t('col.status'), width: 10, value: (a) => (a.ackedAt ? t('alerts.acked', { by: a.ackedBy ?? '', time: '' }).trim() : t('alerts.open')) },
    { title: t('col.time'), width: 11, value: (a) => i18n.date(a.at) },
    { title: t('col.asset'), flex: 1, min: 10, value: (a) => (a.assetId ? (loaded.data?.names.get(a.assetId) ?? a.assetId) : '') },
    { title: t('col.message'), flex: 3, value: (a) => (a.note ? `${a.message} — ${a.note}` : a.message) },
  ];
  return (
    <Box flexDirection="column">
      {acking ? (
        <TextInput label={t('alerts.notePrompt', { message: acking.message })} value={note} onChange={setNote} onSubmit={(text) => void submit(text)} onCancel={() => setAcking(null)} isActive={active} />
      ) : (
        <Text wrap="truncate-end">
          {t(includeAcked ? 'alerts.showAcked' : 'alerts.openOnly')}
          {'  '}
          {t('common.count', { shown: rows.length, total: rows.length })}
        </Text>
      )}
      <Text color={message ? (message.ok ? 'green' : 'red') : undefined} wrap="truncate-end">
        {message?.text ?? (loaded.error ? t('common.error', { message: loaded.error.message }) : ' ')}
      </Text>
      <Table columns={columns} rows={rows} selected={sel.index} height={tableHeight} width={width} empty={loaded.data ? t('alerts.empty') : t('common.loading')} />
    </Box>
  );
}
