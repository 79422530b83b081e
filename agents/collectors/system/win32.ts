// Windows `system` facts: the shared base snapshot (one PowerShell run), parsed by parseSystemWin32.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseSystemWin32 } from './parse-win32.js';
import type { SystemSection } from './schema.js';

export async function collectSystemWin32(ctx: CollectContext, run?: RunScript): Promise<SystemSection> {
  return parseSystemWin32(await windowsBase(ctx, run));
}
