// Enrolled agents and revoking one: the key is refused from then on and its connection is closed.
import { CloseCode } from '../../../protocol/wire.js';
import { MamoriError } from '../../errors/mamori-error.js';
import { journalEvent, type Journal } from '../../journal/index.js';
import type { StateStore } from '../../store/state.js';
import type { Handlers } from '../control-server.js';
import { adminSource } from './admin-source.js';

export interface AgentDeps {
  state: Pick<StateStore, 'data' | 'update'>;
  journal: Pick<Journal, 'append'>;
  isConnected(agentId: string): boolean;
  disconnect(agentId: string, code: number, reason: string): void;
}

export function agentHandlers(deps: AgentDeps): Pick<Handlers, 'agents.list' | 'agents.revoke'> {
  return {
    'agents.list': async () =>
      deps.state.data.agents.map(({ publicKey: _key, ...a }) => ({
        ...a,
        connected: deps.isConnected(a.agentId),
        hostname: deps.state.data.assets.find((x) => x.assetId === a.assetId)?.hostname,
      })),

    'agents.revoke': async ({ agentId }, ctx) => {
      const agent = deps.state.data.agents.find((a) => a.agentId === agentId);
      if (!agent) throw new MamoriError('NOT_FOUND', `no agent with id ${agentId}`, { agentId });
      if (agent.revokedAt) return { agentId, revokedAt: agent.revokedAt, already: true };
      const at = new Date().toISOString();
      await deps.state.update((d) => {
        const a = d.agents.find((x) => x.agentId === agentId)!;
        a.revokedAt = at;
        a.revokedBy = ctx.user;
      });
      await deps.journal.append([journalEvent(adminSource(ctx.user), 'admin.agent_revoked', { agentId, assetId: agent.assetId })]);
      deps.disconnect(agentId, CloseCode.revokedKey, 'this agent was revoked by an administrator');
      return { agentId, revokedAt: at, already: false };
    },
  };
}
