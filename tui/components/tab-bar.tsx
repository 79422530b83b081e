// The top line: numbered screens, the current one bracketed and inverse (readable without colour).
import { Box, Text } from 'ink';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/en.js';

export function TabBar({ tabs, current, right }: { tabs: readonly MessageKey[]; current: number; right?: string }) {
  const { t } = useI18n();
  return (
    <Box justifyContent="space-between">
      <Text wrap="truncate-end">
        <Text bold color="cyan">
          {t('app.title')}{' '}
        </Text>
        {tabs.map((key, i) =>
          i === current ? (
            <Text key={key} inverse bold>{`[${i + 1} ${t(key)}]`}</Text>
          ) : (
            <Text key={key}>{` ${i + 1} ${t(key)} `}</Text>
          ),
        )}
      </Text>
      {right ? <Text dimColor>{right}</Text> : null}
    </Box>
  );
}
