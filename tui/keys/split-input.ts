// Splits one stdin chunk into the keys a person pressed.
// Why: Ink splits escape sequences (arrows, Esc) into separate events, but hands a run of plain bytes
// over as one string. Over SSH, with key repeat or a slow link, "jjj" or three Backspaces (\x7f\x7f\x7f)
// arrive in one read; as one string they match no binding and Backspace deletes nothing.
import type { Key } from 'ink';

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** The (input, key) pair Ink reports for this single character when it arrives alone. */
export function keyOfChar(ch: string): [string, Key] {
  if (ch === '\u007F') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (ch === '\r') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  const code = ch.codePointAt(0) ?? 0;
  // Ctrl+A..Ctrl+Z arrive as 1..26 (except the ones above); Ink names them by their letter.
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /^[A-Z]$/.test(ch) }];
}

/**
 * The separate keys in a chunk Ink delivered as one, or null when it is one key already (or holds an
 * escape sequence or modifier, which Ink parsed itself and which must pass through unchanged).
 */
export function splitInput(input: string, key: Key): Array<[string, Key]> | null {
  const chars = [...input];
  if (chars.length < 2 || input.includes('\u001B')) return null;
  if (key.ctrl || key.meta || key.return || key.tab || key.backspace || key.delete || key.escape) return null;
  return chars.map(keyOfChar);
}
