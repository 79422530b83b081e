// Windows `patches` facts: base + posture snapshots (shared with other topics) and the update search.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { windowsPosture, windowsUpdates } from '../windows/posture.js';
import { parsePatchesWin32 } from './parse-win32.js';
import type { PatchesSection } from './schema.js';

export async function collectPatchesWin32(ctx: CollectContext, run?: RunScript): Promise<PatchesSection> {
  const [base, posture, updates] = await Promise.all([windowsBase(ctx, run), windowsPosture(ctx, run), windowsUpdates(ctx, run)]);
  return parsePatchesWin32(base, posture, updates);
}
