// The asset ledger: PCs (with their posture) and discovered devices, and one asset's full inventory.
import { z } from 'zod';
import type { InventoryDoc } from '../../store/inventory-store.js';
import type { Asset } from '../../store/state-schema.js';

export type { Asset, AssetFlag } from '../../store/state-schema.js';
export type { InventoryDoc } from '../../store/inventory-store.js';

export const assetMethods = {
  'assets.list': z.object({}),
  'assets.get': z.object({ assetId: z.string().min(1).max(64) }),
} as const;

/** An asset as the control socket returns it: with whether its agent is connected now (PCs only). */
export type AssetView = Asset & { connected?: boolean };

export interface AssetDetail {
  asset: AssetView;
  /** The latest full inventory the agent sent; null for devices and PCs that have not reported yet. */
  inventory: InventoryDoc | null;
}

export type InventorySection = InventoryDoc['sections'][string];

export interface AssetResults {
  'assets.list': AssetView[];
  'assets.get': AssetDetail;
}
