// The bottom line: key hints for the current view, generated from the binding table.
import { Text } from 'ink';
import { useI18n } from '../i18n/i18n-context.js';
import type { Scope } from '../keys/commands.js';
import { truncateToWidth } from '../text/display-width.js';
import { footerHints } from './key-hints.js';

// Cut here by display width: Ink's own truncation can overshoot by one cell at a wide character.
export function Footer({ scope, width }: { scope: Scope; width: number }) {
  const { t } = useI18n();
  return (
    <Text dimColor wrap="truncate-end">
      {truncateToWidth(footerHints(scope, t), width)}
    </Text>
  );
}
