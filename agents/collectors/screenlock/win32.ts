// Windows `screenlock` facts from the shared posture snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsPosture } from '../windows/posture.js';
import { parseScreenLockWin32 } from './parse-win32.js';
import type { ScreenLockSection } from './schema.js';

export async function collectScreenLockWin32(ctx: CollectContext, run?: RunScript): Promise<ScreenLockSection> {
  return parseScreenLockWin32(await windowsPosture(ctx, run));
}
