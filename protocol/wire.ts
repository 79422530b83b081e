// The agent <-> box wire protocol: JSON text frames over WSS, one connection per agent.
// This module is shared by the box and the agents, so it imports nothing else of ours.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
export const AGENT_PATH = '/agent';

/** Close codes the box uses; agents act on them (stop retrying, re-enroll, back off). */
export const CloseCode = {
  goingAway: 1001,
  policyViolation: 1008,
  tooBig: 1009,
  unknownKey: 4001,
  revokedKey: 4002,
  badSignature: 4003,
  replaced: 4004,
  enrollRefused: 4005,
  authTimeout: 4006,
  versionMismatch: 4007,
  enrolled: 4010,
} as const;
export type CloseCodeName = keyof typeof CloseCode;

/** Close codes after which retrying with the same key cannot succeed. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unknownKey,
  CloseCode.revokedKey,
  CloseCode.badSignature,
  CloseCode.versionMismatch,
]);

export const Limits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxEventsPerBatch: 500,
  /** One event's data; a full inventory of a PC with thousands of programs is the largest. */
  maxEventDataBytes: 1024 * 1024,
  authTimeoutMs: 10_000,
} as const;

/** `SHA256:<base64 without padding>` of a DER SubjectPublicKeyInfo, as OpenSSH prints key fingerprints. */
export function fingerprintOfSpki(spkiDer: Uint8Array): string {
  return 'SHA256:' + createHash('sha256').update(spkiDer).digest('base64').replace(/=+$/, '');
}

export const FINGERPRINT_RE = /^SHA256:[A-Za-z0-9+/]{43}$/;

/** Agent ids are derived from the agent's public key, so a key cannot claim another agent's id. */
export function agentIdOf(publicKeySpkiDer: Uint8Array): string {
  return 'ag-' + createHash('sha256').update(publicKeySpkiDer).digest('hex').slice(0, 20);
}

/** What an agent signs: bound to this connection's nonce, the purpose, and the box's key. */
export function authPayload(purpose: 'enroll' | 'session', nonce: string, boxFingerprint: string): Buffer {
  return Buffer.from(`mamori-auth/${PROTOCOL_VERSION}\n${purpose}\n${nonce}\n${boxFingerprint}`, 'utf8');
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64').max(8192);
const agentId = z.string().regex(/^ag-[0-9a-f]{20}$/, 'must be an agent id (ag-<20 hex>)');
const mac = z.string().regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/, 'must be a lower-case MAC aa:bb:cc:dd:ee:ff');
export const eventKind = z
  .string()
  .regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be a lower-case dotted name of at most 64 characters');

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

export const IdentityHints = z.object({
  hostname: z.string().min(1).max(255),
  machineId: z.string().max(128).optional(),
  smbiosUuid: z.string().max(64).optional(),
  serial: z.string().max(128).optional(),
  macs: z.array(mac).max(64),
  os: z.string().max(200).optional(),
  agentVersion: z.string().max(40).optional(),
});
export type IdentityHints = z.infer<typeof IdentityHints>;

export const AgentEvent = z.object({
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  time: z.string().datetime({ offset: true }),
  kind: eventKind,
  // A plain JSON object, checked without copying it: this is the ingest hot path, and the journal
  // serialises it as received.
  data: z.custom<Record<string, unknown>>(isPlainObject, 'must be a JSON object'),
});
export type AgentEvent = z.infer<typeof AgentEvent>;

// --- agent -> box ---
export const EnrollMsg = z.object({
  t: z.literal('enroll'),
  v: z.number().int(),
  token: z.string().min(8).max(128),
  publicKey: b64,
  sig: b64,
  hints: IdentityHints,
});
export const AuthMsg = z.object({ t: z.literal('auth'), v: z.number().int(), agentId, sig: b64 });
export const EventsMsg = z.object({
  t: z.literal('events'),
  batch: z.array(AgentEvent).min(1).max(Limits.maxEventsPerBatch),
});
export const AgentMsg = z.discriminatedUnion('t', [EnrollMsg, AuthMsg, EventsMsg]);
export type EnrollMsg = z.infer<typeof EnrollMsg>;
export type AuthMsg = z.infer<typeof AuthMsg>;
export type EventsMsg = z.infer<typeof EventsMsg>;
export type AgentMsg = z.infer<typeof AgentMsg>;

// --- box -> agent ---
export const HelloMsg = z.object({ t: z.literal('hello'), v: z.number().int(), nonce: z.string(), box: z.string() });
export const EnrolledMsg = z.object({
  t: z.literal('enrolled'),
  agentId,
  assetId: z.string(),
  ca: z.string(),
});
export const ReadyMsg = z.object({
  t: z.literal('ready'),
  agentId,
  assetId: z.string(),
  /** Highest per-agent sequence number the box holds durably. */
  ackSeq: z.number().int().nonnegative(),
  /** Section name -> hash of the inventory the box holds, so the agent sends only what differs. */
  inventory: z.record(z.string(), z.string()),
});
export const AckMsg = z.object({ t: z.literal('ack'), seq: z.number().int().nonnegative() });
export const ErrorMsg = z.object({
  t: z.literal('error'),
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
  retryAfterMs: z.number().int().nonnegative().optional(),
});
/**
 * What the box asks of an agent. Loose on purpose: a newer box may name rules (USB storage, prohibited
 * software) an older agent does not know; the agent keeps them and reports them as unsupported.
 */
export const AgentPolicy = z
  .object({
    /** My Number file scan: folders (none = the users' document folders) and how often. */
    scan: z.object({
      paths: z.array(z.string().min(1).max(4096)).max(256),
      intervalHours: z.number().positive().max(24 * 366),
      /** Per-file limits; what passes them is reported as skipped with the reason. */
      maxFileBytes: z.number().int().positive().optional(),
      maxFileMs: z.number().int().positive().optional(),
    }),
    collectIntervalMinutes: z.number().positive().max(7 * 24 * 60).optional(),
  })
  .loose();
/** Sent right after `ready` and whenever the policy changes; `version` only grows. */
export const PolicyMsg = z.object({ t: z.literal('policy'), version: z.number().int().nonnegative(), policy: AgentPolicy });
export const BoxMsg = z.discriminatedUnion('t', [HelloMsg, EnrolledMsg, ReadyMsg, AckMsg, ErrorMsg, PolicyMsg]);
export type HelloMsg = z.infer<typeof HelloMsg>;
export type EnrolledMsg = z.infer<typeof EnrolledMsg>;
export type ReadyMsg = z.infer<typeof ReadyMsg>;
export type AckMsg = z.infer<typeof AckMsg>;
export type ErrorMsg = z.infer<typeof ErrorMsg>;
export type BoxMsg = z.infer<typeof BoxMsg>;
export type AgentPolicy = z.infer<typeof AgentPolicy>;
export type PolicyMsg = z.infer<typeof PolicyMsg>;

// --- inventory, carried as an agent event of kind `inventory` ---
export const INVENTORY_KIND = 'inventory';
/** Far above the collectors' ~15 topics; bounds what one agent can make the box keep. */
export const MAX_INVENTORY_SECTIONS = 64;
export const InventorySection = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), data: z.unknown() });
export const InventoryData = z.object({
  /** true: these are all the sections the agent has; sections the box holds but not listed are gone. */
  full: z.boolean(),
  sections: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,39}$/), InventorySection)
    .refine((s) => Object.keys(s).length <= MAX_INVENTORY_SECTIONS, `at most ${MAX_INVENTORY_SECTIONS} sections`),
});
export type InventoryData = z.infer<typeof InventoryData>;

// --- policy results and My Number scan results, carried as agent events ---
export const POLICY_APPLIED_KIND = 'agent.policy_applied';
export const SCAN_FILE_KIND = 'scan.file';
export const SCAN_COMPLETED_KIND = 'scan.completed';

const scanId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a scan id (8-64 of A-Z a-z 0-9 _ -)');
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** One file holding My Numbers: where it is and how many, never the numbers themselves. */
export const ScanFileData = z.object({
  scanId,
  /** The scanned folder as the agent resolved it; `path` is relative to it, with `/`. */
  root: z.string().min(1).max(4096),
  path: z.string().min(1).max(4096),
  myNumberCount: count,
  countCapped: z.boolean().optional(),
  occurrences: count,
  confidence: z.enum(['high', 'low']),
  size: count,
  modified: z.string().max(40),
  format: z.string().max(20).optional(),
});
export type ScanFileData = z.infer<typeof ScanFileData>;

/** Ends one scan of one root; sent after its `scan.file` events. */
export const ScanCompletedData = z.object({
  scanId,
  root: z.string().min(1).max(4096),
  /**
   * true only when every file under the root was looked at and every `scan.file` event was queued:
   * then a ledger entry of this root that the scan did not report (and that is not in `kept`) is gone.
   */
  complete: z.boolean(),
  /** How many `scan.file` events this scan sent; the box checks it got them all before marking anything gone. */
  files: count,
  /** A stable code when the root itself could not be scanned (ROOT_UNREADABLE, ROOT_NOT_DIRECTORY). */
  error: z.string().max(64).optional(),
  stats: z.object({
    filesScanned: count,
    bytesScanned: count,
    filesWithNumbers: count,
    filesSkipped: count,
    occurrences: count,
    durationMs: count,
    startedAt: z.string().max(40),
    aborted: z.boolean(),
  }),
  /** Skip reason -> number of files. */
  skipped: z.record(z.string().max(40), count),
  /** Paths (files or folders) skipped for a reason that may hide a finding (unreadable, too large, timeout…): keep their entries. */
  kept: z.array(z.string().max(4096)).max(2000),
});
export type ScanCompletedData = z.infer<typeof ScanCompletedData>;

/** Stable hash of a section's data: keys sorted, so the same facts hash the same on every platform. */
export function sectionHash(data: unknown): string {
  return createHash('sha256').update(stableStringify(data)).digest('hex');
}

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return '[' + value.map(stableStringify).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + stableStringify(obj[k])).join(',') + '}';
}

/** A zod issue path as `batch.3.kind`, for errors that name the field. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}
