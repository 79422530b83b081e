import type { Logger } from '../../common/log.js';
import type { AgentEvent, PolicyMsg } from '../../protocol/wire.js';
import type { Journal } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { RefusalBudget } from './refusals.js';

/** What the agent hub (transport and trust) needs from the rest of the daemon. */
export interface HubContext {
  state: Pick<StateStore, 'data' | 'update' | 'scheduleWrite'>;
  journal: Pick<Journal, 'append' | 'flushed' | 'maxAseq'>;
  /** Makes one batch durable and applies it (ingest/); resolves with the seq the box may acknowledge. */
  ingest(agentId: string, assetId: string, batch: AgentEvent[]): Promise<number>;
  /** Section name -> hash of the inventory the box holds, sent in `ready` so the agent sends only changes. */
  inventoryHashes(assetId: string): Promise<Record<string, string>>;
  /** The current policy message, sent after `ready` and on every change. */
  policyMessage(): PolicyMsg;
  fingerprint: string;
  caPem: string;
  log: Logger;
  refusals: RefusalBudget;
}
