// Enrollment tokens: the secret is shown once; the box keeps only its SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export interface TokenRecord {
  id: string;
  hash: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  usesLeft: number;
  uses: number;
}

export function newToken(createdBy: string, uses: number, ttlMs: number, now = new Date()): { token: string; record: TokenRecord } {
  const id = randomBytes(4).toString('hex');
  const token = `${id}.${randomBytes(18).toString('base64url')}`;
  return {
    token,
    record: {
      id,
      hash: hashToken(token),
      createdAt: now.toISOString(),
      createdBy,
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      usesLeft: uses,
      uses: 0,
    },
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type TokenCheck =
  | { ok: true; record: TokenRecord }
  | { ok: false; reason: 'token_unknown' | 'token_expired' | 'token_used_up'; message: string };

export function checkToken(tokens: readonly TokenRecord[], token: string, now = new Date()): TokenCheck {
  const hash = hashToken(token);
  const record = tokens.find((t) => t.hash === hash);
  if (!record) return { ok: false, reason: 'token_unknown', message: 'the enrollment token is not known to this box' };
  if (Date.parse(record.expiresAt) <= now.getTime())
    return { ok: false, reason: 'token_expired', message: `the enrollment token expired at ${record.expiresAt}` };
  if (record.usesLeft <= 0)
    return { ok: false, reason: 'token_used_up', message: `the enrollment token has been used ${record.uses} time(s) and has no uses left` };
  return { ok: true, record };
}
