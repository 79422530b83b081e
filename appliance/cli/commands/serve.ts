import type { Command } from 'commander';
import { z } from 'zod';
import { controlSocketPath, resolveDataDir } from '../data-dir.js';
import { createLogger } from '../../../common/log.js';
import { parseFlags } from '../flags.js';
import { VERSION } from '../../../common/version.js';

const Flags = z.object({
  data: z.string().min(1).optional(),
  listen: z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, 'must be HOST:PORT, e.g. 0.0.0.0:8443 or [::1]:8443')
    .default('0.0.0.0:8443'),
  control: z.string().min(1).optional(),
  heartbeat: z.coerce.number().int().min(1).max(3600).default(30),
});

export function parseListen(value: string): { host: string; port: number } {
  const i = value.lastIndexOf(':');
  const host = value.slice(0, i).replace(/^\[|\]$/g, '');
  const port = Number(value.slice(i + 1));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--listen port must be 0-65535 (got ${value.slice(i + 1)})`);
  return { host, port };
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the box daemon on a data folder')
    .option('--data <dir>', 'data folder (default: $MAMORI_DATA or /var/lib/mamori)')
    .option('--listen <host:port>', 'where agents connect (WSS)', '0.0.0.0:8443')
    .option('--control <path>', 'the control socket (default: <data>/control.sock)')
    .option('--heartbeat <seconds>', 'ping agents this often; a silent one is dropped', '30')
    .action(async (raw: unknown) => {
      const flags = parseFlags(Flags, raw);
      const dataDir = resolveDataDir(flags.data);
      const log = createLogger('mamori');
      // Loaded here, not at the top: every other command (and `mamori tui`) starts faster without it.
      const { Daemon } = await import('../../daemon/controller.js');
      const daemon = new Daemon({
        dataDir,
        listen: parseListen(flags.listen),
        controlPath: controlSocketPath(dataDir, flags.control),
        version: VERSION,
        log,
        heartbeatMs: flags.heartbeat * 1000,
      });
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info('stopping', { signal });
        daemon.stop().then(
          () => {
            log.info('stopped');
            process.exit(0);
          },
          (err) => {
            log.error('stop failed', { err });
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
      try {
        const info = await daemon.start();
        process.stdout.write(
          `mamori ${VERSION} serving ${dataDir}\n` +
            `listening on wss://${info.listen.host.includes(':') ? `[${info.listen.host}]` : info.listen.host}:${info.listen.port}\n` +
            `server key fingerprint / サーバー鍵の指紋: ${info.fingerprint}\n` +
            `control socket: ${controlSocketPath(dataDir, flags.control)}\n`,
        );
        log.info('ready', { listen: `${info.listen.host}:${info.listen.port}`, fingerprint: info.fingerprint, tlsCreated: info.tlsCreated });
      } catch (e) {
        await daemon.stop().catch(() => {});
        throw e;
      }
    });
}
