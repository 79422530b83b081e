// The end-of-support table (shipped as lifecycle.json, replaceable from a USB stick) and the
// `ossupport` section judged against it.
import { z } from 'zod';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const OsFamily = z.enum(['windows', 'windows-server', 'debian', 'ubuntu', 'rhel', 'rocky', 'almalinux', 'macos']);
export type OsFamily = z.infer<typeof OsFamily>;

/** One row; the first row whose conditions all hold wins, so specific rows (LTSC) come first. */
export const LifecycleEntry = z.object({
  os: OsFamily,
  product: z.string().min(1),
  /** Windows CurrentBuild, exact or as a range. */
  build: z.number().int().optional(),
  buildMin: z.number().int().optional(),
  buildMax: z.number().int().optional(),
  /** Windows EditionID values (Core, Professional, Enterprise, EnterpriseS, ...). */
  editions: z.array(z.string()).optional(),
  /** os-release VERSION_ID / macOS version: "12" matches "12" and "12.7"; "22.04" matches "22.04". */
  version: z.string().optional(),
  endOfSupport: IsoDay,
  estimated: z.boolean().optional(),
  note: z.string().optional(),
});
export type LifecycleEntry = z.infer<typeof LifecycleEntry>;

export const LifecycleTable = z.object({
  schemaVersion: z.literal(1),
  /** When the table was last checked against the vendors' pages; an override must be newer. */
  updated: IsoDay,
  source: z.string().min(1),
  entries: z.array(LifecycleEntry).min(1),
});
export type LifecycleTable = z.infer<typeof LifecycleTable>;

export const SupportStatus = z.enum(['supported', 'ending', 'unsupported', 'unknown']);
export type SupportStatus = z.infer<typeof SupportStatus>;

export const OsSupportSection = z.object({
  status: SupportStatus,
  /** The OS as the collector saw it ("Windows 11 Pro 23H2 (22631)", "debian 12"). */
  os: z.string(),
  /** The table row that matched. */
  product: z.string().optional(),
  endOfSupport: IsoDay.optional(),
  /** Days from the collection to the end of support; negative once it has passed. */
  daysLeft: z.number().int().optional(),
  estimated: z.boolean().optional(),
  note: z.string().optional(),
  table: z.object({
    origin: z.enum(['bundled', 'override']),
    updated: IsoDay,
    source: z.string(),
    /** Why an administrator's override file was not used. */
    overrideRejected: z.string().optional(),
  }),
});
export type OsSupportSection = z.infer<typeof OsSupportSection>;

/** "ending" starts this many days before the end of support. */
export const ENDING_WITHIN_DAYS = 90;
