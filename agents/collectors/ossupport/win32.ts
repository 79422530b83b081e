// Windows `ossupport`: edition and build from the shared base snapshot against the lifecycle table.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { windowsOs } from '../windows/os-facts.js';
import { windowsSupportFacts } from './facts.js';
import { loadLifecycleTable } from './load-table.js';
import type { OsSupportSection } from './schema.js';
import { osSupportSection } from './section.js';

export async function collectOsSupportWin32(ctx: CollectContext, run?: RunScript, now: Date = new Date()): Promise<OsSupportSection> {
  const base = await windowsBase(ctx, run);
  return osSupportSection(windowsSupportFacts(windowsOs(base.cv, base.os)), await loadLifecycleTable(), now);
}
