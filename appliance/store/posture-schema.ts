// The posture summary of a PC as stored with its asset (F-c, F-d, F-b, C-c). Computed by the box from
// the agent's inventory (ingest/posture.ts); judged by the control contract (contract/posture.ts).
// null is "not known": an absent or malformed section, never a guess. A field an older state.json
// lacks reads as not known, so loading never fails on it.
import { z } from 'zod';

export const OS_SUPPORT = ['supported', 'ending', 'unsupported', 'unknown'] as const;
export type OsSupport = (typeof OS_SUPPORT)[number];

const flag = z.boolean().nullable().catch(null);
const count = z.number().int().nonnegative().nullable().catch(null);

export const PostureSchema = z.object({
  avEnabled: flag,
  avUpToDate: flag,
  patchesMissing: count,
  securityPatchesMissing: count,
  rebootRequired: flag,
  osSupported: z.enum(OS_SUPPORT).catch('unknown'),
  firewallEnabled: flag,
  diskEncrypted: flag,
  localAdmins: count,
  /** Files in the My Number ledger (not gone) on this PC. */
  myNumberFiles: z.number().int().nonnegative().catch(0),
});
export type Posture = z.infer<typeof PostureSchema>;
