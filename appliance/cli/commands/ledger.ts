import type { Command } from 'commander';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';
import { renderTable } from '../table.js';

/** `mamori ledger`: the ledger of 特定個人情報ファイル (C-c). Paths and counts only: it holds no number. */
export function registerLedger(program: Command): void {
  addClientFlags(
    program
      .command('ledger')
      .description('list files holding My Numbers found by the agents (特定個人情報ファイル台帳)')
      .option('--asset <id>', 'only this asset')
      .option('--live', 'leave out files that are gone')
      .option('--json', 'print JSON'),
  ).action(async (flags: ClientFlags & { json?: boolean; asset?: string; live?: boolean }) => {
    const rows = await withClient(flags, (c) => c.call('ledger.mynumber', { asset: flags.asset, includeGone: !flags.live }));
    if (flags.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    if (!rows.length) return void process.stdout.write('no files with My Numbers found / マイナンバーを含むファイルは見つかっていません\n');
    process.stdout.write(
      renderTable(
        ['HOST/端末', 'FILE/ファイル', 'COUNT/件数', 'CONFIDENCE/確度', 'FIRST SEEN/初回', 'LAST SEEN/最終確認', 'STATE/状態'],
        rows.map((r) => [
          r.host,
          joinPath(r.root, r.path),
          String(r.count) + (r.countCapped ? '+' : ''),
          r.confidence === 'high' ? 'high/高' : 'low/低',
          new Date(r.firstSeen).toLocaleString(),
          new Date(r.lastSeen).toLocaleString(),
          r.goneAt ? `gone/削除 ${new Date(r.goneAt).toLocaleString()}` : 'present/あり',
        ]),
      ),
    );
  });
}

function joinPath(root: string, path: string): string {
  const sep = /^[A-Za-z]:\\/.test(root) ? '\\' : '/';
  return root.endsWith(sep) ? root + path : `${root}${sep}${sep === '\\' ? path.replaceAll('/', '\\') : path}`;
}
