import { INVENTORY_KIND, InventoryData, issuePath, type AgentEvent } from '../protocol/wire.js';
import type { JournalInput } from '../journal/index.js';
import type { HubContext } from './hub-context.js';
import { applyInventory, InventoryRefused } from './inventory-apply.js';

export class BatchRefused extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/**
 * Journals one agent batch exactly once and resolves with the highest sequence number the box now
 * holds durably for that agent. Callers run batches of one agent one after another (see AgentHub).
 */
export async function ingestBatch(ctx: HubContext, agentId: string, assetId: string, batch: AgentEvent[]): Promise<number> {
  for (let i = 1; i < batch.length; i++) {
    if (batch[i]!.seq <= batch[i - 1]!.seq) throw new BatchRefused(`batch.${i}.seq`, 'sequence numbers must increase within a batch');
  }
  const held = ctx.journal.maxAseq(agentId);
  const fresh = batch.filter((e) => e.seq > held);
  const at = new Date().toISOString();
  const inputs: JournalInput[] = [];
  for (const e of fresh) {
    if (e.kind === INVENTORY_KIND) {
      const parsed = InventoryData.safeParse(e.data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new BatchRefused(`batch.${batch.indexOf(e)}.data.${issuePath(issue.path)}`, issue.message);
      }
      try {
        const change = await applyInventory(ctx, assetId, parsed.data, at);
        inputs.push({ src: agentId, kind: 'inventory.changed', aseq: e.seq, data: { ...change, agentTime: e.time } });
      } catch (err) {
        if (err instanceof InventoryRefused) throw new BatchRefused(`batch.${batch.indexOf(e)}.${err.path}`, err.message);
        throw err;
      }
      continue;
    }
    inputs.push({ src: agentId, kind: e.kind, aseq: e.seq, data: { ...e.data, agentTime: e.time } });
  }
  if (inputs.length) await ctx.journal.append(inputs);
  else await ctx.journal.flushed();
  return ctx.journal.maxAseq(agentId);
}
