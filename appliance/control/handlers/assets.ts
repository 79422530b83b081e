// The asset ledger and one asset's inventory.
import { MamoriError } from '../../errors/mamori-error.js';
import type { InventoryStore } from '../../store/inventory-store.js';
import type { Asset } from '../../store/state-schema.js';
import type { StateStore } from '../../store/state.js';
import type { AssetView } from '../contract/index.js';
import type { Handlers } from '../control-server.js';

export interface AssetDeps {
  state: Pick<StateStore, 'data'>;
  inventory: Pick<InventoryStore, 'get'>;
  isConnected(agentId: string): boolean;
}

export function assetHandlers(deps: AssetDeps): Pick<Handlers, 'assets.list' | 'assets.get'> {
  const view = (a: Asset): AssetView => ({ ...a, connected: a.agentId ? deps.isConnected(a.agentId) : undefined });
  return {
    'assets.list': async () => deps.state.data.assets.map(view),

    'assets.get': async ({ assetId }) => {
      const asset = deps.state.data.assets.find((a) => a.assetId === assetId);
      if (!asset) throw new MamoriError('NOT_FOUND', `no asset with id ${assetId}`, { assetId });
      return { asset: view(asset), inventory: await deps.inventory.get(assetId) };
    },
  };
}
