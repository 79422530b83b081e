import type { Command } from 'commander';
import { z } from 'zod';
import type { EventRecord } from '../../control/contract/index.js';
import { addClientFlags, withClient } from '../client-flags.js';
import { parseFlags, parseTime } from '../flags.js';

const Flags = z.object({
  since: z.string().optional(),
  until: z.string().optional(),
  asset: z.string().max(64).optional(),
  kind: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  json: z.boolean().optional(),
  follow: z.boolean().optional(),
  data: z.string().optional(),
  control: z.string().optional(),
});

function formatEvent(r: EventRecord): string {
  const data = JSON.stringify(r.data);
  return `${new Date(r.ts).toLocaleString()}  #${r.seq}  ${r.src}  ${r.kind}  ${data.length > 160 ? data.slice(0, 157) + '...' : data}`;
}

export function registerEvents(program: Command): void {
  addClientFlags(
    program
      .command('events')
      .description('query the journal (newest last); --json prints JSON lines')
      .option('--since <time>', 'from this time (ISO 8601, or 2h / 7d ago)')
      .option('--until <time>', 'before this time')
      .option('--asset <id>', 'only this asset or agent')
      .option('--kind <kind>', 'only this kind (a prefix ending in "." matches a family)')
      .option('--limit <n>', 'at most this many (the newest)', '100')
      .option('--follow', 'then keep printing new events as they arrive')
      .option('--json', 'JSON lines'),
  ).action(async (raw: unknown) => {
    const flags = parseFlags(Flags, raw);
    const print = (r: EventRecord) => process.stdout.write((flags.json ? JSON.stringify(r) : formatEvent(r)) + '\n');
    await withClient(flags, async (c) => {
      const records = await c.call('events.query', {
        since: flags.since ? parseTime(flags.since) : undefined,
        until: flags.until ? parseTime(flags.until) : undefined,
        asset: flags.asset,
        kind: flags.kind,
        limit: flags.limit,
        order: 'desc',
      });
      records.reverse().forEach(print);
      if (!flags.follow) return;
      await c.subscribe({ asset: flags.asset, kind: flags.kind }, (rs) => rs.forEach(print));
      await new Promise<void>((resolve) => {
        c.onClosed(resolve);
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    });
  });
}
