// The frame around the screens: tab bar, connection notice, the current screen, overlays, footer.
// Its height is one line less than the terminal so Ink never has to clear the screen (no flicker).
import { Box, Text, useApp } from 'ink';
import { useCallback, useState } from 'react';
import type { DataSource } from '../data/data-source.js';
import { useCommands } from '../hooks/use-commands.js';
import type { ConnectionState } from '../hooks/use-connection.js';
import type { Size } from '../hooks/use-terminal-size.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import type { ScreenEntry } from '../screens/registry.js';
import type { View } from '../screens/screen-props.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { truncateToWidth } from '../text/display-width.js';
import { Footer } from '../components/footer.js';
import { HelpOverlay } from '../components/help-overlay.js';
import { TabBar } from '../components/tab-bar.js';

export interface ShellProps {
  screens: readonly ScreenEntry[];
  source: DataSource;
  connection: Pick<ConnectionState, 'lost' | 'attempt' | 'restored'>;
  size: Size;
  user?: string;
  initialTab?: number;
}

export function Shell({ screens, source, connection, size, user, initialTab = 0 }: ShellProps) {
  const { t, toggleLang } = useI18n();
  const { exit } = useApp();
  const [tab, setTab] = useState(initialTab);
  const [overlay, setOverlay] = useState<'none' | 'help' | 'quit'>('none');
  const [view, setViewState] = useState<View>({ scope: 'dashboard', capture: 'none' });
  const setView = useCallback((v: View) => setViewState((old) => (old.scope === v.scope && old.capture === v.capture ? old : v)), []);
  const goto = (i: number) => {
    setTab((i + screens.length) % screens.length);
  };

  const globalActive = overlay === 'none' && view.capture !== 'modal';
  useCommands(
    {
      [Command.Help]: () => setOverlay('help'),
      ...(view.capture === 'none' ? { [Command.Back]: () => setOverlay('quit') } : {}),
      [Command.NextTab]: () => goto(tab + 1),
      [Command.PrevTab]: () => goto(tab - 1),
      [Command.Goto]: (input) => Number(input) <= screens.length && goto(Number(input) - 1),
      [Command.Lang]: toggleLang,
    },
    { isActive: globalActive },
  );

  const notice = connection.lost
    ? t('conn.lost', { attempt: connection.attempt })
    : connection.restored
      ? t('conn.restored')
      : null;
  const bodyHeight = Math.max(3, size.rows - 3 - (notice ? 1 : 0));
  const Screen = screens[tab]!.component;
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <TabBar tabs={screens.map((s) => s.title)} current={tab} right={user ? t('app.user', { user }) : undefined} width={size.columns} />
      {notice ? (
        <Text color={connection.lost ? 'yellow' : 'green'} wrap="truncate-end">
          {truncateToWidth(notice, size.columns)}
        </Text>
      ) : null}
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {overlay === 'help' ? <HelpOverlay scope={view.scope} height={bodyHeight} width={size.columns} onClose={() => setOverlay('none')} /> : null}
        {overlay === 'quit' ? <ConfirmDialog message={t('quit.confirm')} onYes={exit} onNo={() => setOverlay('none')} /> : null}
        {/* Hidden, not unmounted, under an overlay: the screen keeps its filter, selection and detail. */}
        <Box display={overlay === 'none' ? 'flex' : 'none'} flexDirection="column">
          <Screen key={screens[tab]!.id} source={source} active={overlay === 'none'} width={size.columns} height={bodyHeight} setView={setView} />
        </Box>
      </Box>
      <Footer scope={overlay === 'quit' ? 'confirm' : view.scope} width={size.columns} />
    </Box>
  );
}
