// The root: language, connection, then either the connection screen or the shell.
import type { DataSource } from '../data/data-source.js';
import { ConnectionScreen } from './connection-screen.js';
import { Shell } from './shell.js';
import { useConnection, type ConnectionOptions } from '../hooks/use-connection.js';
import { useTerminalSize, type Size } from '../hooks/use-terminal-size.js';
import { KeyRouterProvider } from '../hooks/key-router.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import type { Lang } from '../i18n/i18n.js';
import { SCREENS } from '../screens/registry.js';

export interface AppProps {
  connect(): Promise<DataSource>;
  lang: Lang;
  socketPath: string;
  /** Fixed size for tests; the real terminal's size (and its resizes) otherwise. */
  size?: Size;
  connection?: ConnectionOptions;
}

export function App({ lang, ...rest }: AppProps) {
  return (
    <I18nProvider initial={lang}>
      <KeyRouterProvider>
        <Connected {...rest} />
      </KeyRouterProvider>
    </I18nProvider>
  );
}

function Connected({ connect, socketPath, size, connection }: Omit<AppProps, 'lang'>) {
  const state = useConnection(connect, connection);
  const termSize = useTerminalSize(size);
  if (!state.source) return <ConnectionScreen state={state} socketPath={socketPath} />;
  return <Shell screens={SCREENS} source={state.source} connection={state} size={termSize} user={state.source.user} />;
}
