import type { Command } from 'commander';
import { ControlClient } from '../control/control-client.js';
import { controlSocketPath, resolveDataDir } from './data-dir.js';

export interface ClientFlags {
  data?: string;
  control?: string;
}

export function addClientFlags(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'the data folder of the daemon (default: $MAMORI_DATA or /var/lib/mamori)')
    .option('--control <path>', 'the control socket (default: <data>/control.sock)');
}

/** Connects to the daemon named by --data/--control, runs fn, and always closes. */
export async function withClient<T>(flags: ClientFlags, fn: (client: ControlClient) => Promise<T>): Promise<T> {
  const client = await ControlClient.connect(controlSocketPath(resolveDataDir(flags.data), flags.control));
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}
