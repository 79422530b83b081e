import type { Command } from 'commander';
import { z } from 'zod';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';
import { parseFlags } from '../flags.js';
import { renderTable } from '../table.js';

const AckFlags = z.object({ note: z.string().max(2000).default(''), data: z.string().optional(), control: z.string().optional() });

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description('open alerts (new devices, cloned PCs, …)');
  addClientFlags(alerts.command('list', { isDefault: true }).description('list open alerts').option('--all', 'include acknowledged ones').option('--json', 'print JSON')).action(
    async (flags: ClientFlags & { json?: boolean; all?: boolean }) => {
      const rows = await withClient(flags, (c) => c.call('alerts.list', { includeAcked: flags.all ?? false }));
      if (flags.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (!rows.length) return void process.stdout.write('no open alerts / 未対応のアラートはありません\n');
      process.stdout.write(
        renderTable(
          ['ID', 'TIME/日時', 'KIND/種別', 'MESSAGE/内容', 'ACK/対応'],
          rows.map((a) => [a.id, new Date(a.at).toLocaleString(), a.kind, a.message, a.ackedAt ? `${a.ackedBy ?? ''} ${a.note ?? ''}`.trim() : '']),
        ),
      );
    },
  );
  addClientFlags(
    alerts.command('ack').description('acknowledge an alert (journaled with your OS user)').argument('<id>').option('--note <text>', 'what was done / 対応内容', ''),
  ).action(async (id: string, raw: unknown) => {
    const flags = parseFlags(AckFlags, raw);
    await withClient(flags, (c) => c.call('alerts.ack', { id, note: flags.note }));
    process.stdout.write(`acknowledged / 対応済みにしました: ${id}\n`);
  });
}
