// Enrollment tokens: made by an administrator, shown once, then only their bookkeeping.
import { z } from 'zod';
import type { Token } from '../../store/state-schema.js';

export const tokenMethods = {
  'token.create': z.object({
    uses: z.number().int().positive().max(10_000).default(1),
    ttlMs: z.number().int().positive().max(366 * 86_400_000).default(86_400_000),
  }),
  'token.list': z.object({}),
} as const;

export interface TokenCreated {
  id: string;
  /** The secret: shown once, never stored (the box keeps its hash). */
  token: string;
  expiresAt: string;
  usesLeft: number;
  fingerprint: string;
  serverUrls: string[];
  /** The command to run on a PC. */
  enrollCommand: string;
}

/** A token as listed: everything but the hash of its secret. */
export type TokenInfo = Omit<Token, 'hash'>;

export interface TokenResults {
  'token.create': TokenCreated;
  'token.list': TokenInfo[];
}
