import type { Logger } from '../../common/log.js';
import type { Journal } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { InventoryStore } from '../store/inventory-store.js';
import type { MyNumberLedger } from '../ledger/mynumber-ledger.js';
import type { PolicyStore } from '../policy/policy-store.js';
import type { RefusalBudget } from './refusals.js';

/** What the agent hub needs from the rest of the daemon. */
export interface HubContext {
  state: StateStore;
  journal: Journal;
  inventory: InventoryStore;
  /** The ledger of 特定個人情報ファイル, fed by agents' scan events. */
  ledger: MyNumberLedger;
  /** The versioned policy sent to agents after `ready` and on change. */
  policy: PolicyStore;
  fingerprint: string;
  caPem: string;
  log: Logger;
  refusals: RefusalBudget;
}
