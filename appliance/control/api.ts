// The control socket's typed API: one schema per method for params, one type per result.
// Used by the daemon (server), the admin CLI and the TUI (clients).
import { z } from 'zod';
import type { LedgerEntry } from '../ledger/ledger-schema.js';

export const CONTROL_PROTOCOL_VERSION = 1;

const isoTime = z.string().datetime({ offset: true });
const limit = z.number().int().positive().max(10_000);

export const Methods = {
  status: z.object({}),
  'token.create': z.object({
    uses: z.number().int().positive().max(10_000).default(1),
    ttlMs: z.number().int().positive().max(366 * 86_400_000).default(86_400_000),
  }),
  'token.list': z.object({}),
  'assets.list': z.object({}),
  'assets.get': z.object({ assetId: z.string().min(1).max(64) }),
  'agents.list': z.object({}),
  'agents.revoke': z.object({ agentId: z.string().min(1).max(64) }),
  'events.query': z.object({
    since: isoTime.optional(),
    until: isoTime.optional(),
    asset: z.string().max(64).optional(),
    kind: z.string().max(64).optional(),
    afterSeq: z.number().int().nonnegative().optional(),
    beforeSeq: z.number().int().positive().optional(),
    limit: limit.default(100),
    order: z.enum(['asc', 'desc']).default('desc'),
  }),
  'events.subscribe': z.object({ asset: z.string().max(64).optional(), kind: z.string().max(64).optional() }),
  'events.unsubscribe': z.object({ sub: z.number().int() }),
  'events.perDay': z.object({ days: z.number().int().positive().max(366).default(14) }),
  'alerts.list': z.object({ includeAcked: z.boolean().default(false) }),
  'alerts.ack': z.object({ id: z.string().min(1).max(64), note: z.string().max(2000).default('') }),
  'settings.get': z.object({}),
  'settings.update': z.object({ patch: z.record(z.string(), z.unknown()) }),
  'discovery.run': z.object({}),
  'discovery.status': z.object({}),
  /** The ledger of 特定個人情報ファイル (C-c): paths and counts per asset, never a number. */
  'ledger.mynumber': z.object({ asset: z.string().min(1).max(64).optional(), includeGone: z.boolean().default(true) }),
} as const;
export type MethodName = keyof typeof Methods;
export type MethodParams<M extends MethodName> = z.input<(typeof Methods)[M]>;

export interface StatusResult {
  version: string;
  protocol: number;
  pid: number;
  dataDir: string;
  startedAt: string;
  listen: { host: string; port: number };
  serverUrls: string[];
  fingerprint: string;
  agentsConnected: number;
  journal: { lastSeq: number };
  user: string;
}

export interface TokenCreated {
  id: string;
  token: string;
  expiresAt: string;
  usesLeft: number;
  fingerprint: string;
  serverUrls: string[];
  enrollCommand: string;
}

/** A ledger row as the control socket returns it (the scan bookkeeping stays on the box). */
export type MyNumberLedgerRow = Omit<LedgerEntry, 'scanId'>;

// Wire framing: one JSON object per line.
export const ClientFrame = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  params: z.unknown().optional(),
});
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ServerFrame =
  | { t: 'hello'; version: string; protocol: number; challenge: string; challengeDir: string }
  | { id: number; result: unknown }
  | { id: number; error: { code: string; message: string; field?: string } }
  | { sub: number; records: unknown[] };

export const MAX_CONTROL_LINE_BYTES = 1024 * 1024;
