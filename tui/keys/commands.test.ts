import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { en } from '../i18n/en.js';
import { BINDINGS, Command, commandsIn, describeKey, type Scope } from './commands.js';
import { commandMatches, keyMatches } from './key-matchers.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false,
} as Key;

describe('binding table', () => {
  it('has a description for every command', () => {
    for (const c of Object.values(Command)) expect(en[describeKey(c)], c).toBeTruthy();
  });

  it('never gives one key two commands within a scope plus global', () => {
    const scopes = new Set(BINDINGS.flatMap((b) => b.scopes));
    for (const scope of scopes) {
      // Text entry and confirm dialogs switch the global keys off, so they are checked alone.
      const active = scope === 'text' || scope === 'confirm' || scope === 'global' ? commandsIn(scope) : [...commandsIn('global'), ...commandsIn(scope as Scope)];
      const seen = new Map<string, string>();
      for (const b of active)
        for (const k of b.keys) {
          expect(seen.get(k), `${scope}: ${k} bound to ${seen.get(k)} and ${b.command}`).toBeUndefined();
          seen.set(k, b.command);
        }
    }
  });

  it('matches arrows and vim keys alike, and respects case and ctrl', () => {
    expect(commandMatches(Command.Down, '', { ...noKey, downArrow: true })).toBe(true);
    expect(commandMatches(Command.Down, 'j', noKey)).toBe(true);
    expect(commandMatches(Command.Bottom, 'G', { ...noKey, shift: true })).toBe(true);
    expect(commandMatches(Command.Top, 'G', noKey)).toBe(false);
    expect(keyMatches('ctrl+f', 'f', { ...noKey, ctrl: true })).toBe(true);
    expect(keyMatches('f', 'f', { ...noKey, ctrl: true })).toBe(false);
    expect(commandMatches(Command.PrevTab, '', { ...noKey, tab: true, shift: true })).toBe(true);
    expect(commandMatches(Command.NextTab, '', { ...noKey, tab: true, shift: true })).toBe(false);
  });
});
