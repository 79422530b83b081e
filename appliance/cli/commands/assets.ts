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
  posture?: Record<string, unknown>;
}

/** Short words for what needs attention (F-c, F-d, C-c); unknown facts are not problems. */
export function postureWords(p: Record<string, unknown> | undefined): string[] {
  if (!p) return [];
  const out: string[] = [];
  if (p.avEnabled === false) out.push('AV-off/ウイルス対策無効');
  else if (p.avUpToDate === false) out.push('AV-old/定義古い');
  if (Number(p.securityPatchesMissing) > 0) out.push(`security-updates:${Number(p.securityPatchesMissing)}/未適用`);
  if (p.osSupported === 'unsupported') out.push('OS-EOL/サポート終了');
  else if (p.osSupported === 'ending') out.push('OS-ending/終了間近');
  if (p.firewallEnabled === false) out.push('FW-off');
  if (p.diskEncrypted === false) out.push('not-encrypted/未暗号化');
  if (Number(p.myNumberFiles) > 0) out.push(`MyNumber-files:${Number(p.myNumberFiles)}`);
  return out;
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
            [a.connected === true ? 'online' : a.connected === false ? 'offline' : '', ...a.flags.map((f) => `!${f.code}`), ...postureWords(a.posture)]
              .filter(Boolean)
              .join(' '),
          ]),
        ),
      );
    },
  );
}
