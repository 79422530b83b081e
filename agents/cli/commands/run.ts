import type { Command } from 'commander';
import { z } from 'zod';
import { AgentService } from '../../service/agent-service.js';
import { createLogger } from '../../../common/log.js';
import { defaultStateDir } from '../../state/agent-state.js';
import { parseFlags } from '../flags.js';

const Flags = z.object({
  state: z.string().min(1).optional(),
  server: z.string().regex(/^wss:\/\/[^/\s]+(\/.*)?$/, 'must look like wss://HOST:PORT').optional(),
  collectEvery: z.coerce.number().int().min(10).max(86_400).default(900),
  syntheticRate: z.coerce.number().int().min(1).max(100_000).optional(),
});

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run the agent service: collect, report to the box, resend until acknowledged')
    .option('--state <dir>', 'the agent state folder')
    .option('--server <url>', 'override the enrolled box address (wss://HOST:PORT)')
    .option('--collect-every <seconds>', 'inventory collection interval in seconds', '900')
    .option('--synthetic-rate <events/s>', 'diagnostic: also emit this many agent.synthetic events per second (capacity and durability checks)')
    .action(async (raw: unknown) => {
      const flags = parseFlags(Flags, raw);
      const log = createLogger('agent');
      const service = new AgentService({
        stateDir: flags.state ?? defaultStateDir(),
        server: flags.server,
        collectEveryMs: flags.collectEvery * 1000,
        syntheticRate: flags.syntheticRate,
        log,
      });
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info('stopping', { signal });
        service.stop();
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
      await service.run();
    });
}
