// A yes/no question in a bordered box; y confirms, n or Esc cancels.
import { Box, Text } from 'ink';
import { useCommands } from '../hooks/use-commands.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';

export interface ConfirmDialogProps {
  message: string;
  detail?: readonly string[];
  onYes(): void;
  onNo(): void;
  isActive?: boolean;
}

export function ConfirmDialog({ message, detail = [], onYes, onNo, isActive = true }: ConfirmDialogProps) {
  const { t } = useI18n();
  useCommands({ [Command.Confirm]: onYes, [Command.Cancel]: onNo }, { isActive });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold wrap="wrap">
        {message}
      </Text>
      {detail.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text>{t('common.confirmYN')}</Text>
    </Box>
  );
}
