import { join, resolve } from 'node:path';

/** The data folder `serve` and the admin commands agree on: --data, else $MAMORI_DATA, else /var/lib/mamori. */
export function resolveDataDir(flag?: string): string {
  return resolve(flag ?? process.env.MAMORI_DATA ?? '/var/lib/mamori');
}

export function controlSocketPath(dataDir: string, flag?: string): string {
  return flag ? resolve(flag) : join(dataDir, 'control.sock');
}
