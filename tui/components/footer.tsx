// The bottom line: key hints for the current view, generated from the binding table.
import { Text } from 'ink';
import { useI18n } from '../i18n/i18n-context.js';
import type { Scope } from '../keys/commands.js';
import { footerHints } from './key-hints.js';

export function Footer({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  return (
    <Text dimColor wrap="truncate-end">
      {footerHints(scope, t)}
    </Text>
  );
}
