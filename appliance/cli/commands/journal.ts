import { join } from 'node:path';
import type { Command } from 'commander';
import { resolveDataDir } from '../data-dir.js';

export function registerJournal(program: Command): void {
  const journal = program.command('journal').description('the hash-chained event journal');
  journal
    .command('verify')
    .description('walk the hash chain; exit 1 and name the first broken record if it is damaged')
    .option('--data <dir>', 'the data folder (default: $MAMORI_DATA or /var/lib/mamori)')
    .option('--json', 'print JSON')
    .action(async (flags: { data?: string; json?: boolean }) => {
      const { verifyJournal } = await import('../../journal/index.js');
      const result = await verifyJournal(join(resolveDataDir(flags.data), 'journal'));
      if (flags.json) process.stdout.write(JSON.stringify(result) + '\n');
      else if (result.ok) process.stdout.write(`journal OK / 改ざんなし: ${result.count} records, last seq ${result.lastSeq}\n`);
      else {
        const b = result.firstBroken!;
        process.stdout.write(
          `journal BROKEN / 破損あり: ${result.count} records verified before the break\n` +
            `first broken record: seq ${b.seq ?? '?'} in ${b.segment} line ${b.line}: ${b.reason}\n`,
        );
      }
      if (!result.ok) process.exitCode = 1;
    });
}
