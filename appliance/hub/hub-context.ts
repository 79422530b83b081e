import type { Logger } from '../daemon/log.js';
import type { Journal } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { InventoryStore } from '../store/inventory-store.js';
import type { RefusalBudget } from './refusals.js';

/** What the agent hub needs from the rest of the daemon. */
export interface HubContext {
  state: StateStore;
  journal: Journal;
  inventory: InventoryStore;
  fingerprint: string;
  caPem: string;
  log: Logger;
  refusals: RefusalBudget;
}
