// The schema of state.json: the box's small, hot state. Declared once here; the types are inferred.
// Settings have defaults field by field, so a state.json written by an older version still loads.
// Nothing that grows with time belongs here (events go to the journal, inventories to their files).
import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true });
const nonEmpty = z.string().min(1);

export const SettingsSchema = z.object({
  /** Days of journal kept; the guideline leaves it to the office, so it is shown in the report. */
  retentionDays: z.number().int().min(1).default(365),
  /** Per-agent event rate limit (token bucket). */
  rateLimit: z
    .object({
      eventsPerSecond: z.number().positive().default(50),
      burst: z.number().int().positive().default(500),
    })
    .prefault({}),
  // Discovery stays off until an administrator configures it: it sends traffic on the office LAN.
  discovery: z
    .object({
      enabled: z.boolean().default(false),
      interfaces: z.array(nonEmpty).default([]),
      targets: z.array(nonEmpty).default([]),
      communities: z.array(nonEmpty).default(['public']),
      // Minutes may be fractions (down to 3 s) so a lab or a test can watch devices come and go;
      // an office keeps whole minutes.
      intervalMinutes: z.number().min(0.05).default(60),
      browseWindowMs: z.number().int().min(100).default(5000),
      missingAfterMinutes: z.number().min(0.05).default(7 * 24 * 60),
    })
    .prefault({}),
  /** My Number file scan on the agents. */
  scan: z
    .object({
      paths: z.array(nonEmpty).default([]),
      intervalHours: z.number().int().min(1).default(24),
      /** Files larger than this are reported as skipped (too_large), not read. */
      maxFileMB: z.number().positive().max(65_536).default(512),
      /** A file that takes longer than this is reported as skipped (timeout). */
      maxFileSeconds: z.number().positive().max(3600).default(120),
    })
    .prefault({}),
});

export const TokenSchema = z.object({
  id: nonEmpty,
  /** sha256 hex of the secret; the token itself is never stored. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  createdAt: isoTime,
  createdBy: nonEmpty,
  expiresAt: isoTime,
  usesLeft: z.number().int().min(0),
  uses: z.number().int().min(0),
});

export const AgentSchema = z.object({
  agentId: nonEmpty,
  assetId: nonEmpty,
  /** base64 SPKI DER of the agent's Ed25519 key. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  enrolledAt: isoTime,
  tokenId: nonEmpty,
  revokedAt: isoTime.optional(),
  revokedBy: nonEmpty.optional(),
});

export const AssetFlagSchema = z.object({
  code: nonEmpty,
  message: z.string(),
  since: isoTime,
  /** The other asset involved, e.g. in an identity collision. */
  other: z.string().optional(),
});

export const AssetSchema = z.object({
  assetId: nonEmpty,
  kind: z.enum(['pc', 'device']),
  name: z.string(),
  hostname: z.string().optional(),
  macs: z.array(z.string()).default([]),
  ips: z.array(z.string()).default([]),
  os: z.string().optional(),
  vendor: z.string().optional(),
  model: z.string().optional(),
  serial: z.string().optional(),
  smbiosUuid: z.string().optional(),
  machineId: z.string().optional(),
  type: z.string().optional(),
  firstSeen: isoTime,
  lastSeen: isoTime,
  flags: z.array(AssetFlagSchema).default([]),
  agentId: z.string().optional(),
  posture: z.record(z.string(), z.unknown()).optional(),
});

export const AlertSchema = z.object({
  id: nonEmpty,
  at: isoTime,
  kind: nonEmpty,
  assetId: z.string().optional(),
  message: z.string(),
  ackedAt: isoTime.optional(),
  ackedBy: z.string().optional(),
  note: z.string().optional(),
});

export const STATE_VERSION = 1;

export const StateSchema = z.object({
  version: z.literal(STATE_VERSION).default(STATE_VERSION),
  settings: SettingsSchema.prefault({}),
  tokens: z.array(TokenSchema).default([]),
  agents: z.array(AgentSchema).default([]),
  assets: z.array(AssetSchema).default([]),
  alerts: z.array(AlertSchema).default([]),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Agent = z.infer<typeof AgentSchema>;
export type Asset = z.infer<typeof AssetSchema>;
export type AssetFlag = z.infer<typeof AssetFlagSchema>;
export type Alert = z.infer<typeof AlertSchema>;
export type State = z.infer<typeof StateSchema>;

/** A fresh state with every default filled in. */
export function defaultState(): State {
  return StateSchema.parse({});
}
