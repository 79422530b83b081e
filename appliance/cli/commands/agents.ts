import type { Command } from 'commander';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';
import { renderTable } from '../table.js';

export function registerAgents(program: Command): void {
  const agents = program.command('agents').description('enrolled agents');
  addClientFlags(agents.command('list').description('list enrolled agents').option('--json', 'print JSON')).action(
    async (flags: ClientFlags & { json?: boolean }) => {
      const rows = await withClient(flags, (c) => c.call('agents.list', {}));
      if (flags.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      process.stdout.write(
        renderTable(
          ['AGENT', 'HOST/ホスト', 'ENROLLED/登録', 'STATE/状態'],
          rows.map((r) => [r.agentId, r.hostname ?? '', new Date(r.enrolledAt).toLocaleString(), r.revokedAt ? 'revoked/失効' : r.connected ? 'online' : 'offline']),
        ),
      );
    },
  );
  addClientFlags(agents.command('revoke').description("revoke an agent's key; it is disconnected and refused from now on").argument('<agentId>')).action(
    async (agentId: string, flags: ClientFlags) => {
      const r = await withClient(flags, (c) => c.call('agents.revoke', { agentId }));
      process.stdout.write(r.already ? `${agentId} was already revoked at ${r.revokedAt}\n` : `revoked / 失効しました: ${agentId}\n`);
    },
  );
}
