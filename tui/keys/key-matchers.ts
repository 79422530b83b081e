// Turns a key spec of the binding table into a test against what Ink's useInput reports.
import type { Key } from 'ink';
import type { MessageKey } from '../i18n/en.js';
import { bindingOf, type Command } from './commands.js';

const NAMED: Record<string, (k: Key) => boolean> = {
  up: (k) => k.upArrow,
  down: (k) => k.downArrow,
  left: (k) => k.leftArrow,
  right: (k) => k.rightArrow,
  pageup: (k) => k.pageUp,
  pagedown: (k) => k.pageDown,
  home: (k) => k.home,
  end: (k) => k.end,
  enter: (k) => k.return,
  escape: (k) => k.escape,
  tab: (k) => k.tab && !k.shift,
  'shift+tab': (k) => k.tab && k.shift,
  backspace: (k) => k.backspace,
  delete: (k) => k.delete,
};

export function keyMatches(spec: string, input: string, key: Key): boolean {
  const named = NAMED[spec];
  if (named) return named(key);
  if (spec === 'space') return input === ' ';
  if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
  return input === spec && !key.ctrl && !key.meta;
}

export function commandMatches(command: Command, input: string, key: Key): boolean {
  return bindingOf(command).keys.some((spec) => keyMatches(spec, input, key));
}

const LABELS: Record<string, MessageKey> = {
  up: 'key.up', down: 'key.down', left: 'key.left', right: 'key.right', pageup: 'key.pageUp',
  pagedown: 'key.pageDown', home: 'key.home', end: 'key.end', enter: 'key.enter', escape: 'key.esc',
  tab: 'key.tab', 'shift+tab': 'key.shiftTab', space: 'key.space',
};

/** The printable name of a key spec, for help and footer. */
export function keyLabel(spec: string, t: (k: MessageKey, v?: Record<string, string>) => string): string {
  const label = LABELS[spec];
  if (label) return t(label);
  if (spec.startsWith('ctrl+')) return t('key.ctrl', { key: spec.slice(5).toUpperCase() });
  if (spec === 'delete') return 'Del';
  return spec;
}
