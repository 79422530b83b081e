import type { Command } from 'commander';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';
import { renderTable } from '../table.js';

interface AssetRow {
  assetId: string;
  kind: string;
  name: string;
  type?: string;
  os?: string;
  ips: string[];
  macs: string[];
  lastSeen: string;
  connected?: boolean;
  flags: Array<{ code: string }>;
}

export function registerAssets(program: Command): void {
  addClientFlags(program.command('assets').description('list the asset ledger (PCs and devices)').option('--json', 'print JSON')).action(
    async (flags: ClientFlags & { json?: boolean }) => {
      const assets = (await withClient(flags, (c) => c.call('assets.list', {}))) as AssetRow[];
      if (flags.json) return void process.stdout.write(JSON.stringify(assets, null, 2) + '\n');
      if (!assets.length) return void process.stdout.write('no assets yet / 資産はまだありません\n');
      process.stdout.write(
        renderTable(
          ['ID', 'NAME/名前', 'KIND/種別', 'OS', 'IP', 'MAC', 'LAST SEEN/最終確認', 'STATE/状態'],
          assets.map((a) => [
            a.assetId,
            a.name,
            a.type ?? a.kind,
            a.os ?? '',
            a.ips.join(','),
            a.macs.slice(0, 2).join(',') + (a.macs.length > 2 ? '…' : ''),
            new Date(a.lastSeen).toLocaleString(),
            [a.connected === true ? 'online' : a.connected === false ? 'offline' : '', ...a.flags.map((f) => `!${f.code}`)].filter(Boolean).join(' '),
          ]),
        ),
      );
    },
  );
}
