// Windows `status` facts from the shared base snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseStatusWin32 } from './parse-win32.js';
import type { StatusSection } from './schema.js';

export async function collectStatusWin32(ctx: CollectContext, run?: RunScript): Promise<StatusSection> {
  return parseStatusWin32(await windowsBase(ctx, run));
}
