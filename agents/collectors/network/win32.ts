// Windows `network` facts: the shared base snapshot (one PowerShell run), parsed by parseNetworkWin32.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseNetworkWin32 } from './parse-win32.js';
import type { NetworkSection } from './schema.js';

export async function collectNetworkWin32(ctx: CollectContext, run?: RunScript): Promise<NetworkSection> {
  return parseNetworkWin32(await windowsBase(ctx, run));
}
