// Windows `encryption` facts from the shared posture snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsPosture } from '../windows/posture.js';
import { parseEncryptionWin32 } from './parse-win32.js';
import type { EncryptionSection } from './schema.js';

export async function collectEncryptionWin32(ctx: CollectContext, run?: RunScript): Promise<EncryptionSection> {
  return parseEncryptionWin32(await windowsPosture(ctx, run));
}
