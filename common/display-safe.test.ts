import { describe, expect, it } from 'vitest';
import { displaySafe, htmlSafe } from './display-safe.js';

describe('displaySafe', () => {
  it('passes plain text, Japanese and emoji unchanged', () => {
    expect(displaySafe('経理PC-01 (Windows 11) 📄')).toBe('経理PC-01 (Windows 11) 📄');
  });
  it('makes C0, DEL, C1 and bidi controls visible', () => {
    expect(displaySafe('\x1b]0;pwned\x07')).toBe('\\e]0;pwned\\x07');
    expect(displaySafe('a\x7fb\x9b31m')).toBe('a\\x7fb\\x9b31m');
    expect(displaySafe('invoice\u202etxt.exe')).toBe('invoice\\u{202e}txt.exe');
    expect(displaySafe('line1\r\nline2\t')).toBe('line1\\r\\nline2\\t');
  });
  it('cuts long text with an ellipsis and replaces lone surrogates', () => {
    expect(displaySafe('x'.repeat(600))).toHaveLength(513);
    expect(displaySafe('abc', { max: 2 })).toBe('ab…');
    expect(displaySafe('a\ud800b')).toBe('a\ufffdb');
    expect(displaySafe(undefined)).toBe('');
    expect(displaySafe(42)).toBe('42');
  });
  it('escapes HTML after neutralising controls', () => {
    expect(htmlSafe('<script>"&\'</script>\x1b')).toBe('&lt;script&gt;&quot;&amp;&#39;&lt;/script&gt;\\e');
  });
});
