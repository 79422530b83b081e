// Where the daemon's control socket is: --control, else <--data>/control.sock, else $MAMORI_DATA, else
// the box's default. Its own module so `mamori tui` can connect before Ink and React load.
import { join } from 'node:path';

export interface SocketPathOptions {
  control?: string;
  data?: string;
}

export function resolveSocketPath(opts: SocketPathOptions, env: NodeJS.ProcessEnv): string {
  return opts.control ?? join(opts.data ?? env.MAMORI_DATA ?? '/var/lib/mamori', 'control.sock');
}
