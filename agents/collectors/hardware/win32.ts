// Windows `hardware` facts: the shared base snapshot (one PowerShell run), parsed by parseHardwareWin32.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseHardwareWin32 } from './parse-win32.js';
import type { HardwareSection } from './schema.js';

export async function collectHardwareWin32(ctx: CollectContext, run?: RunScript): Promise<HardwareSection> {
  return parseHardwareWin32(await windowsBase(ctx, run));
}
