// Windows `firewall` facts from the shared posture snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsPosture } from '../windows/posture.js';
import { parseFirewallWin32 } from './parse-win32.js';
import type { FirewallSection } from './schema.js';

export async function collectFirewallWin32(ctx: CollectContext, run?: RunScript): Promise<FirewallSection> {
  return parseFirewallWin32(await windowsPosture(ctx, run));
}
