// The ledger of 特定個人情報ファイル (C-c): paths and counts per asset, never a number.
import { z } from 'zod';
import type { LedgerEntry } from '../../ledger/ledger-schema.js';

export const ledgerMethods = {
  'ledger.mynumber': z.object({ asset: z.string().min(1).max(64).optional(), includeGone: z.boolean().default(true) }),
} as const;

/** A ledger row as the control socket returns it (the scan bookkeeping stays on the box). */
export type MyNumberLedgerRow = Omit<LedgerEntry, 'scanId'>;

export interface LedgerResults {
  'ledger.mynumber': MyNumberLedgerRow[];
}
