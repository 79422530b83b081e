// The schema of state.json: the box's small, hot state. Declared once here; the types are inferred.
// Settings have defaults field by field, so a state.json written by an older version still loads.
// Nothing that grows with time belongs here (events go to the journal, inventories to their files).
import { z } from 'zod';
import { PostureSchema } from './posture-schema.js';
import { setting } from './setting-meta.js';

const isoTime = z.iso.datetime({ offset: true });
const nonEmpty = z.string().min(1);

// Every setting carries its label, help text and unit (setting-meta.ts); the TUI's settings form is
// generated from this schema. A new setting: one entry here plus its two i18n keys in tui/i18n.
const list = z.array(nonEmpty);

export const SettingsSchema = z.object({
  /** Days of journal kept; the guideline leaves it to the office, so it is shown in the report. */
  retentionDays: setting(z.number().int().min(1).default(365), { label: 'settings.retentionDays', description: 'settings.retentionDays.help', unit: 'days' }),
  /** Per-agent event rate limit (token bucket). */
  rateLimit: z
    .object({
      eventsPerSecond: setting(z.number().positive().default(50), {
        label: 'settings.rateLimit.eventsPerSecond',
        description: 'settings.rateLimit.eventsPerSecond.help',
        unit: 'eventsPerSecond',
      }),
      burst: setting(z.number().int().positive().default(500), { label: 'settings.rateLimit.burst', description: 'settings.rateLimit.burst.help', unit: 'events' }),
    })
    .prefault({}),
  // Discovery stays off until an administrator configures it: it sends traffic on the office LAN.
  discovery: z
    .object({
      enabled: setting(z.boolean().default(false), { label: 'settings.discovery.enabled', description: 'settings.discovery.enabled.help' }),
      interfaces: setting(list.default([]), { label: 'settings.discovery.interfaces', description: 'settings.discovery.interfaces.help' }),
      targets: setting(list.default([]), { label: 'settings.discovery.targets', description: 'settings.discovery.targets.help' }),
      communities: setting(list.default(['public']), { label: 'settings.discovery.communities', description: 'settings.discovery.communities.help' }),
      // Minutes may be fractions (down to 3 s) so a lab or a test can watch devices come and go;
      // an office keeps whole minutes.
      intervalMinutes: setting(z.number().min(0.05).default(60), {
        label: 'settings.discovery.intervalMinutes',
        description: 'settings.discovery.intervalMinutes.help',
        unit: 'minutes',
      }),
      browseWindowMs: setting(z.number().int().min(100).default(5000), {
        label: 'settings.discovery.browseWindowMs',
        description: 'settings.discovery.browseWindowMs.help',
        unit: 'milliseconds',
      }),
      missingAfterMinutes: setting(z.number().min(0.05).default(7 * 24 * 60), {
        label: 'settings.discovery.missingAfterMinutes',
        description: 'settings.discovery.missingAfterMinutes.help',
        unit: 'minutes',
      }),
    })
    .prefault({}),
  /** My Number file scan on the agents. */
  scan: z
    .object({
      paths: setting(list.default([]), { label: 'settings.scan.paths', description: 'settings.scan.paths.help', spacesInItems: true }),
      intervalHours: setting(z.number().int().min(1).default(24), { label: 'settings.scan.intervalHours', description: 'settings.scan.intervalHours.help', unit: 'hours' }),
      /** Files larger than this are reported as skipped (too_large), not read. */
      maxFileMB: setting(z.number().positive().max(65_536).default(512), {
        label: 'settings.scan.maxFileMB',
        description: 'settings.scan.maxFileMB.help',
        unit: 'megabytes',
      }),
      /** A file that takes longer than this is reported as skipped (timeout). */
      maxFileSeconds: setting(z.number().positive().max(3600).default(120), {
        label: 'settings.scan.maxFileSeconds',
        description: 'settings.scan.maxFileSeconds.help',
        unit: 'seconds',
      }),
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
  posture: PostureSchema.optional(),
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
