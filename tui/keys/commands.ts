// Every user action is a command; its default keys and where it applies live in one table.
// Help (`?`), footer hints and key matching are all generated from BINDINGS.
import type { MessageKey } from '../i18n/en.js';

export const Command = {
  Up: 'up', Down: 'down', PageUp: 'pageUp', PageDown: 'pageDown', Top: 'top', Bottom: 'bottom', Open: 'open',
  Back: 'back', Help: 'help', NextTab: 'nextTab', PrevTab: 'prevTab', Goto: 'goto', Lang: 'lang', Refresh: 'refresh',
  Filter: 'filter', Sort: 'sort', SortDir: 'sortDir', TypeFilter: 'typeFilter',
  PrevSection: 'prevSection', NextSection: 'nextSection',
  Pause: 'pause', AssetFilter: 'assetFilter', TimeRange: 'timeRange',
  Ack: 'ack', ToggleAcked: 'toggleAcked', NewToken: 'newToken', Revoke: 'revoke', Edit: 'edit', Save: 'save',
  Confirm: 'confirm', Cancel: 'cancel', Submit: 'submit', CancelInput: 'cancelInput',
} as const;
export type Command = (typeof Command)[keyof typeof Command];

/** Where a command applies; one scope is active per view, 'global' applies everywhere except text entry. */
export type Scope =
  | 'global' | 'dashboard' | 'assets' | 'assetDetail' | 'events' | 'eventDetail'
  | 'alerts' | 'enroll' | 'settings' | 'confirm' | 'text';

export interface Binding {
  command: Command;
  /** 'up', 'pageup', 'enter', 'escape', 'tab', 'shift+tab', 'space', 'ctrl+x', or one literal character. */
  keys: readonly string[];
  scopes: readonly Scope[];
  /** Shown in the footer hint line of its scopes. */
  hint?: boolean;
}

const LISTS: readonly Scope[] = ['assets', 'events', 'alerts', 'enroll', 'settings', 'assetDetail', 'eventDetail'];

export const BINDINGS: readonly Binding[] = [
  { command: Command.Help, keys: ['?'], scopes: ['global'], hint: true },
  { command: Command.Back, keys: ['q', 'escape'], scopes: ['global'], hint: true },
  { command: Command.NextTab, keys: ['tab'], scopes: ['global'] },
  { command: Command.PrevTab, keys: ['shift+tab'], scopes: ['global'] },
  { command: Command.Goto, keys: ['1', '2', '3', '4', '5', '6'], scopes: ['global'] },
  { command: Command.Lang, keys: ['L'], scopes: ['global'] },

  { command: Command.Up, keys: ['up', 'k'], scopes: LISTS },
  { command: Command.Down, keys: ['down', 'j'], scopes: LISTS },
  { command: Command.PageUp, keys: ['pageup', 'ctrl+b'], scopes: LISTS },
  { command: Command.PageDown, keys: ['pagedown', 'ctrl+f'], scopes: LISTS },
  { command: Command.Top, keys: ['home', 'g'], scopes: LISTS },
  { command: Command.Bottom, keys: ['end', 'G'], scopes: LISTS },
  { command: Command.Open, keys: ['enter'], scopes: ['assets', 'events'], hint: true },
  { command: Command.Refresh, keys: ['r'], scopes: ['dashboard', 'assets', 'alerts', 'enroll', 'settings'] },

  { command: Command.Filter, keys: ['/'], scopes: ['assets', 'assetDetail', 'events'], hint: true },
  { command: Command.Sort, keys: ['s'], scopes: ['assets'], hint: true },
  { command: Command.SortDir, keys: ['S'], scopes: ['assets'] },
  { command: Command.TypeFilter, keys: ['t'], scopes: ['assets'], hint: true },
  { command: Command.PrevSection, keys: ['left', 'h'], scopes: ['assetDetail'], hint: true },
  { command: Command.NextSection, keys: ['right', 'l'], scopes: ['assetDetail'], hint: true },

  { command: Command.Pause, keys: ['p', 'space'], scopes: ['events'], hint: true },
  { command: Command.AssetFilter, keys: ['a'], scopes: ['events'], hint: true },
  { command: Command.TimeRange, keys: ['t'], scopes: ['events'], hint: true },

  { command: Command.Ack, keys: ['a', 'enter'], scopes: ['alerts'], hint: true },
  { command: Command.ToggleAcked, keys: ['v'], scopes: ['alerts'], hint: true },
  { command: Command.NewToken, keys: ['n'], scopes: ['enroll'], hint: true },
  { command: Command.Revoke, keys: ['x', 'delete'], scopes: ['enroll'], hint: true },
  { command: Command.Edit, keys: ['enter', 'e'], scopes: ['settings'], hint: true },
  { command: Command.Save, keys: ['s'], scopes: ['settings'], hint: true },

  { command: Command.Confirm, keys: ['y'], scopes: ['confirm'], hint: true },
  { command: Command.Cancel, keys: ['n', 'escape'], scopes: ['confirm'], hint: true },
  { command: Command.Submit, keys: ['enter'], scopes: ['text'], hint: true },
  { command: Command.CancelInput, keys: ['escape'], scopes: ['text'], hint: true },
];

export function bindingOf(command: Command): Binding {
  const b = BINDINGS.find((x) => x.command === command);
  if (!b) throw new Error(`no binding for command ${command}`);
  return b;
}

export function commandsIn(scope: Scope): Binding[] {
  return BINDINGS.filter((b) => b.scopes.includes(scope));
}

export function describeKey(command: Command): MessageKey {
  return `cmd.${command}`;
}
