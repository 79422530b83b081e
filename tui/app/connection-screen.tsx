// A whole-screen explanation instead of a stack trace when the daemon cannot be reached.
import { Box, Text, useApp } from 'ink';
import { useCommands } from '../hooks/use-commands.js';
import { Command } from '../keys/commands.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/en.js';
import type { ConnectionState } from '../hooks/use-connection.js';

const KNOWN = new Set(['NO_DAEMON', 'CONTROL_DENIED', 'VERSION_MISMATCH']);

export function ConnectionScreen({ state, socketPath }: { state: ConnectionState; socketPath: string }) {
  const { t } = useI18n();
  const { exit } = useApp();
  useCommands({ [Command.Back]: exit });
  if (!state.error) {
    return <Text>{t('conn.connecting', { path: socketPath })}</Text>;
  }
  const code = KNOWN.has(state.error.code) ? state.error.code : 'other';
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text bold color="red">
        {'✗ '}
        {t(`conn.${code}.title` as MessageKey)}
      </Text>
      <Text wrap="wrap">{t(`conn.${code}.hint` as MessageKey, { path: socketPath })}</Text>
      <Text dimColor wrap="wrap">
        {t('conn.detail', { message: state.error.message })}
      </Text>
      <Text>{t('conn.retryIn', { seconds: Math.ceil(state.retryInMs / 1000) })}</Text>
    </Box>
  );
}
