// Enrolled agents: who they are, whether they are connected, and revoking one.
import { z } from 'zod';
import type { Agent } from '../../store/state-schema.js';

export const agentMethods = {
  'agents.list': z.object({}),
  'agents.revoke': z.object({ agentId: z.string().min(1).max(64) }),
} as const;

/** An agent as listed: no key material, with its connection and its PC's host name. */
export type AgentView = Omit<Agent, 'publicKey'> & { connected: boolean; hostname?: string };

export interface AgentRevoked {
  agentId: string;
  revokedAt: string;
  /** True when it had been revoked before (revokedAt is then the earlier time). */
  already: boolean;
}

export interface AgentResults {
  'agents.list': AgentView[];
  'agents.revoke': AgentRevoked;
}
