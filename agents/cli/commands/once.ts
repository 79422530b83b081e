import type { Command } from 'commander';
import { collectInventory, identityHints } from '../../collectors/inventory.js';

export function registerOnce(program: Command): void {
  program
    .command('once')
    .description('collect once and print the inventory without sending it')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const { sections, errors } = await collectInventory();
      const hints = identityHints(sections);
      if (flags.json) {
        process.stdout.write(JSON.stringify({ identity: hints, sections, errors }, null, 2) + '\n');
        return;
      }
      const out: string[] = [
        `hostname / ホスト名: ${hints.hostname}`,
        `os: ${hints.os ?? '-'}`,
        `serial / シリアル: ${hints.serial ?? '-'}`,
        `MACs: ${hints.macs.join(', ') || '-'}`,
        `sections / 項目: ${Object.keys(sections).join(', ')}`,
      ];
      for (const e of errors) out.push(`! ${e.topic}: ${e.message}`);
      process.stdout.write(out.join('\n') + '\n');
    });
}
