// Text that came from an agent, a LAN device or a file is untrusted on a terminal and in a report:
// an ESC or C1 byte can retitle the window, write the clipboard (OSC 52) or move the cursor, and a bidi
// override makes "exe.txt" read as "txt.exe". Every place that shows such text calls displaySafe().
// Controls are made visible rather than dropped, so an administrator can see that something was there.

const MAX_DEFAULT = 512;

/** True for the code points that displaySafe() replaces. */
export function isUnsafeCodePoint(cp: number): boolean {
  return (
    cp < 0x20 || // C0 controls, including ESC, CR, LF, TAB
    (cp >= 0x7f && cp <= 0x9f) || // DEL and C1 controls (0x9b is a one-byte CSI)
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0x200e || cp === 0x200f || cp === 0x061c || // directional marks
    cp === 0x2028 || cp === 0x2029 || // line and paragraph separators
    cp === 0xfeff // a BOM in the middle of text
  );
}

function visible(cp: number): string {
  switch (cp) {
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x1b: return '\\e';
    default: return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
  }
}

export interface DisplaySafeOptions {
  /** Cut after this many code points (an ellipsis marks the cut); default 512. 0 = no cut. */
  max?: number;
}

/**
 * A foreign string made safe for a terminal line: controls and bidi characters shown as visible escapes
 * (`\e`, `\x9b`, `\u{202e}`), lone surrogates replaced, the length cut. Plain text passes unchanged.
 */
export function displaySafe(value: unknown, opts: DisplaySafeOptions = {}): string {
  const s = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const max = opts.max ?? MAX_DEFAULT;
  let out = '';
  let count = 0;
  for (const ch of s) {
    if (max > 0 && count >= max) return out + '…';
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd';
    else out += isUnsafeCodePoint(cp) ? visible(cp) : ch;
    count++;
  }
  return out;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** displaySafe() and then HTML-escaped, for text and attribute values in generated HTML. */
export function htmlSafe(value: unknown, opts: DisplaySafeOptions = {}): string {
  return displaySafe(value, opts).replace(/[&<>"']/g, (c) => HTML[c]!);
}
