// Decides from a file's first bytes what it is and, for text, which encoding to read it with.
// Order: container magic, BOM, UTF-16 by where the NUL bytes fall, strict UTF-8, CP932, EUC-JP.
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';
export type Sniffed =
  | { kind: 'text'; encoding: TextEncodingName; bomLength: number }
  | { kind: 'zip' }
  | { kind: 'binary' }
  | { kind: 'unsupported'; format: string };

export const SNIFF_BYTES = 64 * 1024;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'unsupported', format: 'empty_zip' };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { kind: 'unsupported', format: 'pdf' };
  // OLE2: legacy .xls/.doc, and also any password-protected .xlsx/.docx.
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'unsupported', format: 'ole2' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return checked(head, 'utf-8', 3);
  if (startsWith(head, [0xff, 0xfe])) return checked(head, 'utf-16le', 2);
  if (startsWith(head, [0xfe, 0xff])) return checked(head, 'utf-16be', 2);

  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? nulEven++ : nulOdd++;
  const nuls = nulEven + nulOdd;
  if (nuls > 0) {
    // UTF-16 text puts the zero half of every ASCII character (digits, newlines) on one side;
    // binaries scatter NULs on both. Japanese-only UTF-16 still has NULs in its line breaks.
    const pairs = Math.floor(head.length / 2);
    if (nuls >= Math.max(2, pairs * 0.005)) {
      if (nulOdd >= nuls * 0.95) return checked(head, 'utf-16le', 0);
      if (nulEven >= nuls * 0.95) return checked(head, 'utf-16be', 0);
    }
    return { kind: 'binary' }; // like git and grep: NUL in a non-UTF-16 head means binary
  }
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp'] as const) {
    const text = decodeStrict(head, encoding);
    if (text !== null) return looksLikeText(text) ? { kind: 'text', encoding, bomLength: 0 } : { kind: 'binary' };
  }
  return { kind: 'binary' };
}

function checked(head: Uint8Array, encoding: TextEncodingName, bomLength: number): Sniffed {
  const text = decodeStrict(head.subarray(bomLength), encoding);
  return text !== null && looksLikeText(text) ? { kind: 'text', encoding, bomLength } : { kind: 'binary' };
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // stream: true so a character cut at the end of the sample is not an error.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/** Fewer than 1% C0 control characters other than tab, LF, FF, CR and ESC (ISO-2022-JP), and no NUL. */
export function looksLikeText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) controls++;
  }
  return controls <= text.length * 0.01;
}
