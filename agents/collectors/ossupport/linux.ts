// Linux `ossupport`: os-release (through the system collector) against the lifecycle table.
import type { CollectContext } from '../collector.js';
import { collectSystemLinux } from '../system/linux.js';
import { linuxSupportFacts } from './facts.js';
import { loadLifecycleTable } from './load-table.js';
import type { OsSupportSection } from './schema.js';
import { osSupportSection } from './section.js';

export async function collectOsSupportLinux(ctx: Pick<CollectContext, 'root'>, now: Date = new Date(), overridePath?: string): Promise<OsSupportSection> {
  const system = await collectSystemLinux(ctx);
  return osSupportSection(linuxSupportFacts(system.os), await loadLifecycleTable(overridePath), now);
}
