// macOS `firewall` facts: the application firewall's global state.
//   "Firewall is enabled. (State = 1)", "Firewall is disabled. (State = 0)", "... (State = 2)" (block all).
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import type { FirewallSection } from './schema.js';

export const SOCKETFILTERFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';

export function parseSocketFilterState(text: string): boolean | null {
  const state = /State = (\d)/.exec(text)?.[1];
  if (state !== undefined) return state !== '0';
  if (/is enabled/i.test(text)) return true;
  if (/is disabled/i.test(text)) return false;
  return null;
}

export async function collectFirewallDarwin(
  _ctx: CollectContext,
  run: () => Promise<string | null> = () => commandText(SOCKETFILTERFW, ['--getglobalstate']),
): Promise<FirewallSection> {
  const text = await run();
  const enabled = text === null ? null : parseSocketFilterState(text);
  const row = { name: 'application-firewall', enabled, source: `${SOCKETFILTERFW} --getglobalstate` };
  return { enabled, backends: [text === null ? row : { ...row, detail: text.trim().slice(0, 200) }] };
}
