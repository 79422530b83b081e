// One inventory run: every collector for this platform, each isolated so one failure loses only its
// own section.
import type { CollectContext } from './collector.js';
import { collectors as allCollectors } from './registry.js';
import type { Collector } from './registry.js';

export { identityHints } from './identity-hints.js';
export type { CollectedIdentityHints } from './identity-hints.js';

export interface InventoryResult {
  /** Topic -> section data; topics this platform does not support are absent. */
  sections: Record<string, unknown>;
  errors: Array<{ topic: string; message: string }>;
}

export async function collectInventory(
  ctx: Partial<CollectContext> = {},
  collectors: readonly Collector<unknown>[] = allCollectors,
): Promise<InventoryResult> {
  const full: CollectContext = { root: ctx.root ?? '/', platform: ctx.platform ?? process.platform };
  const results = await Promise.allSettled(collectors.map((c) => c.collect(full)));
  const sections: Record<string, unknown> = {};
  const errors: InventoryResult['errors'] = [];
  results.forEach((r, i) => {
    const topic = collectors[i]!.topic;
    if (r.status === 'rejected') errors.push({ topic, message: describe(r.reason) });
    else if (r.value !== null) sections[topic] = r.value;
  });
  return { sections, errors };
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${e.message}` : e.message;
}
