// Help and footer text generated from the binding table.
import type { MessageKey } from '../i18n/en.js';
import { commandsIn, describeKey, type Scope } from '../keys/commands.js';
import { keyLabel } from '../keys/key-matchers.js';

type T = (key: MessageKey, vars?: Record<string, string>) => string;

export interface HelpLine {
  keys: string;
  description: string;
}

export function helpLines(scope: Scope, t: T): HelpLine[] {
  return commandsIn(scope).map((b) => ({
    keys: b.command === 'goto' ? '1-6' : b.keys.map((k) => keyLabel(k, t)).join(' / '),
    description: t(describeKey(b.command)),
  }));
}

/** "? Show keys  q Back / quit …": the hinted commands of a scope, then the global ones. */
export function footerHints(scope: Scope, t: T): string {
  const scopes: Scope[] = scope === 'text' || scope === 'confirm' ? [scope] : [scope, 'global'];
  return scopes
    .flatMap((s) => commandsIn(s).filter((b) => b.hint))
    .map((b) => `${keyLabel(b.keys[0]!, t)} ${t(describeKey(b.command))}`)
    .join('  ');
}
