// Turns snmp-native varbinds into plain strings: the one place that knows SNMP's value quirks.
import type { VarBind } from 'snmp-native';

export const T = {
  Integer: 0x02,
  OctetString: 0x04,
  Null: 0x05,
  Oid: 0x06,
  IpAddress: 0x40,
  Counter32: 0x41,
  Gauge32: 0x42,
  TimeTicks: 0x43,
  Opaque: 0x44,
  Counter64: 0x46,
  NoSuchObject: 0x80,
  NoSuchInstance: 0x81,
  EndOfMibView: 0x82,
} as const;

/** Longest string we keep from any one value: a hostile agent may answer with megabytes. */
export const MAX_VALUE_CHARS = 512;

/** True for v2c exceptions (noSuchObject/noSuchInstance/endOfMibView) and Null: "no value". */
export function isMissing(vb: Pick<VarBind, 'type'>): boolean {
  return vb.type === T.Null || vb.type === T.NoSuchObject || vb.type === T.NoSuchInstance || vb.type === T.EndOfMibView;
}

export function oidToString(oid: readonly number[]): string {
  return oid.join('.');
}

/** Decodes one varbind to text; null when the agent has no value. Never throws. */
export function decodeValue(vb: VarBind): string | null {
  if (isMissing(vb)) return null;
  const raw = vb.valueRaw;
  switch (vb.type) {
    case T.OctetString:
      return raw ? decodeOctets(raw) : typeof vb.value === 'string' ? clip(vb.value) : null;
    case T.Oid:
      return Array.isArray(vb.value) ? oidToString(vb.value as number[]) : null;
    case T.IpAddress:
      return Array.isArray(vb.value) ? (vb.value as number[]).join('.') : null;
    case T.Counter64:
      // snmp-native folds Counter64 into a double and loses precision above 2^53: decode the bytes.
      return raw ? unsignedFromBytes(raw).toString() : String(vb.value);
    case T.Integer:
    case T.Counter32:
    case T.Gauge32:
    case T.TimeTicks:
      return typeof vb.value === 'number' ? String(vb.value) : null;
    default:
      return raw ? '0x' + raw.subarray(0, MAX_VALUE_CHARS / 2).toString('hex') : null;
  }
}

export function unsignedFromBytes(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes.subarray(0, 16)) n = (n << 8n) | BigInt(b);
  return n;
}

/**
 * OctetString bytes to text. Japanese devices often answer sysLocation in Shift_JIS, some agents
 * pad with NULs, and binary values (MACs, bitmaps) must not become mojibake: those come back as hex.
 */
export function decodeOctets(bytes: Buffer): string {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const b = bytes.subarray(0, Math.min(end, MAX_VALUE_CHARS * 4));
  if (b.length === 0) return '';
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(b);
      if (isPrintable(text)) return clip(unhexText(text));
    } catch {
      // not this encoding; try the next
    }
  }
  return '0x' + b.subarray(0, MAX_VALUE_CHARS / 2).toString('hex');
}

/** Some agents (and snmprec exports) hand strings over as "0x4361..." or "43 61 6E ...": decode those when they are text. */
export function unhexText(s: string): string {
  const m = /^(?:0x([0-9a-f]+)|((?:[0-9a-f]{2}[ :]){3,}[0-9a-f]{2}))$/i.exec(s.trim());
  if (!m) return s;
  const hex = (m[1] ?? m[2] ?? '').replace(/[ :]/g, '');
  if (hex.length % 2 !== 0) return s;
  return unhexBytes(Buffer.from(hex, 'hex')) ?? s;
}

function unhexBytes(bytes: Buffer): string | null {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return isPrintable(text) && /[a-z]/i.test(text) ? text : null;
  } catch {
    return null;
  }
}

function isPrintable(s: string): boolean {
  // Tabs and line breaks occur in real sysDescr values (Cisco); other control characters mean binary.
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(s);
}

function clip(s: string): string {
  return s.length > MAX_VALUE_CHARS ? s.slice(0, MAX_VALUE_CHARS) : s;
}

/** A 6-byte physical address as aa:bb:cc:dd:ee:ff; null for empty, all-zero or odd-length values. */
export function macFromBytes(bytes: Buffer | undefined): string | null {
  if (!bytes || bytes.length !== 6 || bytes.every((b) => b === 0)) return null;
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** Accepts aa:bb:.., aa-bb-.., aabb.ccdd.eeff or 12 hex digits; null when it is not a MAC. */
export function normalizeMac(s: string): string | null {
  const hex = s.replace(/^0x/i, '').replace(/[:.\- ]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex) || /^0+$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}
