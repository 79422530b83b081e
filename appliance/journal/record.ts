// The record line format and its hash chain. One line per record, keys in a fixed order:
//   {"seq":N,"ts":"…","src":"…","kind":"…","aseq":M,"data":{…},"h":"<64 hex>"}
// h = sha256(previous h in hex + body), body = the line without its fixed-length h suffix, plus '}'.
// Writing body.slice(0,-1) + suffix means a verifier hashes the exact bytes on disk, never re-serialises.
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);
/** `,"h":"` + 64 hex + `"}` */
export const HASH_SUFFIX_LEN = 72;
const SUFFIX_HEAD = Buffer.from(',"h":"', 'latin1');
const CLOSE_BRACE = Buffer.from('}', 'latin1');
const HEX64 = /^[0-9a-f]{64}$/;

/** The serialised line (with '\n') and its hash. The body string is hashed as-is. */
export function sealBody(prevHash: string, body: string): { line: string; h: string } {
  const h = sha256Hex(prevHash + body);
  return { line: body.slice(0, -1) + ',"h":"' + h + '"}\n', h };
}

// One-shot crypto.hash (Node >= 20.12) costs about half of a createHash object per record.
const sha256Hex: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha256', s, 'hex')
    : (s) => createHash('sha256').update(s).digest('hex');

export type LineCheck = { ok: true; h: string } | { ok: false; reason: string };

/** Checks a line's hash against prevHash using its own bytes; `line` excludes the '\n'. */
export function checkLineHash(prevHash: string, line: Buffer): LineCheck {
  const n = line.length;
  if (n < HASH_SUFFIX_LEN + 2 || line[0] !== 0x7b) return { ok: false, reason: 'not a record line' };
  if (!line.subarray(n - HASH_SUFFIX_LEN, n - HASH_SUFFIX_LEN + 6).equals(SUFFIX_HEAD) || line[n - 2] !== 0x22 || line[n - 1] !== 0x7d) {
    return { ok: false, reason: 'line does not end with the hash field' };
  }
  const stored = line.toString('latin1', n - 66, n - 2);
  if (!HEX64.test(stored)) return { ok: false, reason: 'hash field is not 64 hex digits' };
  const actual = createHash('sha256').update(prevHash).update(line.subarray(0, n - HASH_SUFFIX_LEN)).update(CLOSE_BRACE).digest('hex');
  if (actual !== stored) return { ok: false, reason: 'hash mismatch (record altered or chain broken)' };
  return { ok: true, h: stored };
}

/**
 * Reads seq and ts from the fixed line prefix without JSON.parse, so queries can skip lines cheaply.
 * Returns null when the line does not start the way the writer writes it.
 */
export function peekSeqTs(line: Buffer): { seq: number; ts: string } | null {
  // {"seq":   = 7 bytes
  if (line.length < 40 || line[0] !== 0x7b || line[1] !== 0x22 || line[2] !== 0x73 || line[6] !== 0x3a) return null;
  let i = 7;
  let seq = 0;
  while (i < line.length && line[i]! >= 0x30 && line[i]! <= 0x39) seq = seq * 10 + (line[i++]! - 0x30);
  if (i === 7 || line[i] !== 0x2c) return null;
  // ,"ts":"  = 7 bytes; ts ends at the next '"'
  const tsStart = i + 7;
  if (line[i + 2] !== 0x74 || line[i + 3] !== 0x73) return null;
  const tsEnd = line.indexOf(0x22, tsStart);
  if (tsEnd < 0) return null;
  return { seq, ts: line.toString('latin1', tsStart, tsEnd) };
}

/** A predicate for `kind`: exact, or a prefix when it ends with '.' or '*'. */
export function kindMatcher(kind: string | undefined): (k: string) => boolean {
  if (kind === undefined || kind === '' || kind === '*') return () => true;
  if (kind.endsWith('*')) {
    const prefix = kind.slice(0, -1);
    return (k) => k.startsWith(prefix);
  }
  if (kind.endsWith('.')) return (k) => k.startsWith(kind);
  return (k) => k === kind;
}
