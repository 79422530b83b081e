// macOS `ossupport`: sw_vers ProductVersion against the lifecycle table.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase, parseSwVers } from '../macos/snapshot.js';
import { macosSupportFacts } from './facts.js';
import { loadLifecycleTable } from './load-table.js';
import type { OsSupportSection } from './schema.js';
import { osSupportSection } from './section.js';

export async function collectOsSupportDarwin(ctx: CollectContext, run?: RunText, now: Date = new Date()): Promise<OsSupportSection> {
  const version = parseSwVers((await darwinBase(ctx, run)).swVers ?? '').ProductVersion;
  const facts = version === undefined ? { family: null, display: 'macOS' } : macosSupportFacts(version);
  return osSupportSection(facts, await loadLifecycleTable(), now);
}
