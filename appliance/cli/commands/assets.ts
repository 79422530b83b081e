import type { Command } from 'commander';
import { judgePosture, type Posture, type PostureFinding, type PostureFindingCode } from '../../control/contract/index.js';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';
import { renderTable } from '../table.js';

const WORDS: Record<PostureFindingCode, (f: PostureFinding) => string> = {
  av_off: () => 'AV-off/ウイルス対策無効',
  av_outdated: () => 'AV-old/定義古い',
  security_updates_pending: (f) => `security-updates:${f.count}/未適用`,
  updates_pending: (f) => `updates:${f.count}/未適用`,
  os_unsupported: () => 'OS-EOL/サポート終了',
  os_ending: () => 'OS-ending/終了間近',
  firewall_off: () => 'FW-off/ファイアウォール無効',
  disk_unencrypted: () => 'not-encrypted/未暗号化',
  mynumber_files: (f) => `MyNumber-files:${f.count}`,
};

/** Short words for what needs attention (contract/posture.ts decides what that is); unknown facts are not listed. */
export function postureWords(p: Posture | undefined): string[] {
  return judgePosture(p).findings.map((f) => WORDS[f.code](f));
}

export function registerAssets(program: Command): void {
  addClientFlags(program.command('assets').description('list the asset ledger (PCs and devices)').option('--json', 'print JSON')).action(
    async (flags: ClientFlags & { json?: boolean }) => {
      const assets = await withClient(flags, (c) => c.call('assets.list', {}));
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
            [a.connected === true ? 'online' : a.connected === false ? 'offline' : '', ...a.flags.map((f) => `!${f.code}`), ...postureWords(a.posture)]
              .filter(Boolean)
              .join(' '),
          ]),
        ),
      );
    },
  );
}
