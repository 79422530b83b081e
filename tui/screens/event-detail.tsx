// One journal record in full: time, source, kind, hash and its data.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { EventRecord } from '../../appliance/control/contract/index.js';
import { useCommands } from '../hooks/use-commands.js';
import { useSelection } from '../hooks/use-selection.js';
import { windowStart } from '../hooks/selection.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { fitToWidth } from '../text/display-width.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

export interface EventDetailProps {
  record: EventRecord;
  sourceName: string;
  active: boolean;
  height: number;
  setView: ScreenProps['setView'];
  onBack(): void;
}

export function EventDetail({ record, sourceName, active, height, setView, onBack }: EventDetailProps) {
  const i18n = useI18n();
  const { t } = i18n;
  useView(setView, 'eventDetail', 'nested');
  const lines = useMemo(() => {
    const row = (label: string, value: string) => `${fitToWidth(label, 14)} ${value}`;
    return [
      row(t('col.time'), i18n.date(record.ts, 'long')),
      row(t('col.source'), sourceName === record.src ? record.src : `${sourceName} (${record.src})`),
      row(t('col.event'), record.kind),
      ...(record.aseq !== undefined ? [row('aseq', String(record.aseq))] : []),
      row(t('events.hash'), record.h),
      `${t('events.data')}:`,
      ...JSON.stringify(record.data, null, 2).split('\n').map((l) => `  ${l}`),
    ];
  }, [record, sourceName, i18n]);
  const bodyHeight = Math.max(1, height - 1);
  const sel = useSelection(lines.length, bodyHeight);
  useCommands({ ...sel.handlers, [Command.Back]: onBack }, { isActive: active });
  const start = windowStart(0, sel.index, lines.length, bodyHeight);
  return (
    <Box flexDirection="column">
      <Text bold>{t('events.detail', { seq: record.seq })}</Text>
      {lines.slice(start, start + bodyHeight).map((l, i) => (
        <Text key={start + i} inverse={start + i === sel.index} wrap="truncate-end">
          {l}
        </Text>
      ))}
    </Box>
  );
}
