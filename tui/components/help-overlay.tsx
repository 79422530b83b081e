// `?`: every key of the current view and the global ones, generated from the binding table.
// Two columns when one does not fit (80x24 has about 17 free lines).
import { Box, Text } from 'ink';
import { useKeys } from '../hooks/key-router.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Scope } from '../keys/commands.js';
import { fitToWidth } from '../text/display-width.js';
import { helpLines } from './key-hints.js';

export function HelpOverlay({ scope, onClose, height, width }: { scope: Scope; onClose(): void; height: number; width: number }) {
  const { t } = useI18n();
  useKeys(() => onClose());
  const sections = [
    { title: t(`scope.${scope}`), lines: helpLines(scope, t) },
    ...(scope === 'text' || scope === 'confirm' ? [] : [{ title: t('scope.global'), lines: helpLines('global', t) }]),
  ];
  const rows = sections.flatMap((s) => [`${s.title}`, ...s.lines.map((l) => `  ${fitToWidth(l.keys, 16)} ${l.description}`)]);
  const room = Math.max(1, height - 4);
  const inner = width - 4;
  const twoColumns = rows.length > room;
  const colWidth = twoColumns ? Math.floor((inner - 1) / 2) : inner;
  const perColumn = twoColumns ? Math.ceil(rows.length / 2) : rows.length;
  const lines = Array.from({ length: Math.min(room, perColumn) }, (_, i) =>
    twoColumns ? `${fitToWidth(rows[i] ?? '', colWidth)} ${fitToWidth(rows[i + perColumn] ?? '', colWidth)}` : (rows[i] ?? ''),
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} height={height}>
      <Text bold>{t('help.title')}</Text>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text dimColor>{t('help.close')}</Text>
    </Box>
  );
}
