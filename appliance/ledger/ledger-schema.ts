// One row of the ledger of 特定個人情報ファイル, declared once: the file format and the type both come
// from here. A row says where a file is and how many numbers it holds: never a number.
import { z } from 'zod';

export const LedgerEntrySchema = z.object({
  assetId: z.string(),
  host: z.string(),
  root: z.string(),
  path: z.string(),
  count: z.number().int().nonnegative(),
  countCapped: z.boolean().optional(),
  occurrences: z.number().int().nonnegative(),
  confidence: z.enum(['high', 'low']),
  size: z.number().nonnegative(),
  modified: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  goneAt: z.string().optional(),
  /** The scan that last reported the file: a complete scan of the root that did not is proof it is gone. */
  scanId: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const LedgerFileSchema = z.object({ version: z.literal(1), entries: z.array(LedgerEntrySchema) });
