// The `antivirus` section: every anti-malware product the platform reports, judged one by one. Several
// products (and stale entries of uninstalled ones) are normal on Windows; the box decides whether at
// least one is enabled and current.
import { z } from 'zod';

export const AvProduct = z.object({
  name: z.string().min(1),
  vendor: z.string().optional(),
  /** Real-time protection on (Windows state "on"; Linux daemon running; XProtect always). */
  enabled: z.boolean(),
  /** Signatures current; null when the product does not say (e.g. an EDR sensor without signatures). */
  upToDate: z.boolean().nullable(),
  /** When the signatures were built or last updated, ISO 8601 UTC. */
  signatureDate: z.string().optional(),
  signatureVersion: z.string().optional(),
  /** Windows SecurityCenter2 state: on, off, snoozed, expired. */
  state: z.enum(['on', 'off', 'snoozed', 'expired', 'unknown']).optional(),
  /** Defender running beside another product in passive mode. */
  passive: z.boolean().optional(),
  /** Where this row came from: `SecurityCenter2`, `MSFT_MpComputerStatus`, `clamav`, `process`, `XProtect`. */
  source: z.string(),
  /** The raw SecurityCenter2 productState, kept for audit. */
  productState: z.number().int().optional(),
});
export type AvProduct = z.infer<typeof AvProduct>;

export const AntivirusSection = z.object({ products: z.array(AvProduct) });
export type AntivirusSection = z.infer<typeof AntivirusSection>;

/** Signatures older than this are out of date (Defender's own default threshold is 7 days). */
export const MAX_SIGNATURE_AGE_DAYS = 7;
