// The top line: numbered screens, the current one bracketed and inverse (readable without colour).
import { Box, Text } from 'ink';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/en.js';
import { displayWidth } from '../text/display-width.js';

export function TabBar({ tabs, current, right, width }: { tabs: readonly MessageKey[]; current: number; right?: string; width: number }) {
  const { t } = useI18n();
  const used = displayWidth(`${t('app.title')} ` + tabs.map((k, i) => ` ${i + 1} ${t(k)} `).join(''));
  // The user name is a courtesy: shown only when it fits beside the tabs.
  const showRight = right !== undefined && used + 1 + displayWidth(right) <= width;
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
      {showRight ? <Text dimColor>{right}</Text> : null}
    </Box>
  );
}
