// Windows `antivirus` facts from the shared posture snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsPosture } from '../windows/posture.js';
import { parseAntivirusWin32 } from './parse-win32.js';
import type { AntivirusSection } from './schema.js';

export async function collectAntivirusWin32(ctx: CollectContext, run?: RunScript): Promise<AntivirusSection> {
  return parseAntivirusWin32(await windowsPosture(ctx, run));
}
