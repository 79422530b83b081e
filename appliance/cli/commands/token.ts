import type { Command } from 'commander';
import { z } from 'zod';
import { addClientFlags, withClient } from '../client-flags.js';
import { parseDuration, parseFlags } from '../flags.js';

const Flags = z.object({
  uses: z.coerce.number().int().min(1).max(10_000).default(1),
  ttl: z.string().default('24h'),
  json: z.boolean().optional(),
  data: z.string().optional(),
  control: z.string().optional(),
});

export function registerToken(program: Command): void {
  const token = program.command('token').description('enrollment tokens for PCs');
  addClientFlags(
    token
      .command('create')
      .description('make an enrollment token and print the command to run on a PC')
      .option('--uses <n>', 'how many PCs may enroll with it', '1')
      .option('--ttl <duration>', 'how long it is valid (e.g. 30m, 24h, 7d)', '24h')
      .option('--json', 'print JSON'),
  ).action(async (raw: unknown) => {
    const flags = parseFlags(Flags, raw);
    const ttlMs = parseDuration(flags.ttl);
    const t = await withClient(flags, (c) => c.call('token.create', { uses: flags.uses, ttlMs }));
    if (flags.json) return void process.stdout.write(JSON.stringify(t) + '\n');
    process.stdout.write(
      [
        `token / トークン:            ${t.token}`,
        `valid until / 有効期限:      ${new Date(t.expiresAt).toLocaleString()}  (uses / 回数: ${t.usesLeft})`,
        `server key / サーバー鍵指紋: ${t.fingerprint}`,
        `server / サーバー:           ${t.serverUrls.join('  ') || '(no address)'}`,
        '',
        'On the PC, run as administrator / PC で管理者として実行:',
        `  ${t.enrollCommand}`,
        '',
      ].join('\n'),
    );
  });
}
