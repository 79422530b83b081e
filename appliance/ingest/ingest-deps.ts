import type { Journal } from '../journal/index.js';
import type { MyNumberLedger } from '../ledger/mynumber-ledger.js';
import type { InventoryStore } from '../store/inventory-store.js';
import type { StateStore } from '../store/state.js';

/** What applying agents' batches needs from the rest of the box. */
export interface IngestDeps {
  state: Pick<StateStore, 'data' | 'update'>;
  journal: Pick<Journal, 'write' | 'maxAseq'>;
  inventory: Pick<InventoryStore, 'get' | 'put'>;
  /** The ledger of 特定個人情報ファイル, fed by agents' scan events. */
  ledger: Pick<MyNumberLedger, 'update' | 'liveCount'>;
}
