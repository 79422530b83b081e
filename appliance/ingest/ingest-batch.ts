// Where an agent's batch becomes durable: journaled exactly once, its inventory, posture and scan
// results applied, and the sequence number the box may acknowledge returned. The hub (transport and
// trust) calls this and sends the ack.
import { INVENTORY_KIND, InventoryData, issuePath, type AgentEvent } from '../../protocol/wire.js';
import { journalEvent, type JournalInput } from '../journal/index.js';
import type { IngestDeps } from './ingest-deps.js';
import { applyInventory, InventoryRefused } from './inventory-apply.js';
import { applyScanEvents, isScanKind, parseScanEvent, ScanRefused, type ScanEvent } from './scan-apply.js';

export class BatchRefused extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/**
 * Journals one agent batch exactly once and resolves with the highest sequence number the box now
 * holds durably for that agent. Callers run batches of one agent one after another (see AgentHub).
 * Plain events take a synchronous path so nothing keeps the batch alive while the fsync runs.
 */
export function ingestBatch(ctx: IngestDeps, agentId: string, assetId: string, batch: AgentEvent[]): Promise<number> {
  for (let i = 1; i < batch.length; i++) {
    if (batch[i]!.seq <= batch[i - 1]!.seq) return Promise.reject(new BatchRefused(`batch.${i}.seq`, 'sequence numbers must increase within a batch'));
  }
  const held = ctx.journal.maxAseq(agentId);
  // Events that change stored state (inventory, the My Number ledger) take the slower path.
  if (batch.some((e) => e.seq > held && (e.kind === INVENTORY_KIND || isScanKind(e.kind)))) return ingestWithState(ctx, agentId, assetId, batch, held);
  const inputs: JournalInput[] = [];
  for (const e of batch) if (e.seq > held) inputs.push(eventInput(agentId, e));
  return ctx.journal.write(inputs).then(() => ctx.journal.maxAseq(agentId));
}

/** The agent's own clock goes into the record beside what it reported (data was parsed from this message; nobody else holds it). */
function eventInput(agentId: string, e: AgentEvent): JournalInput {
  e.data.agentTime = e.time;
  return { src: agentId, kind: e.kind, aseq: e.seq, data: e.data };
}

async function ingestWithState(ctx: IngestDeps, agentId: string, assetId: string, batch: AgentEvent[], held: number): Promise<number> {
  const at = new Date().toISOString();
  const inputs: JournalInput[] = [];
  const scans: ScanEvent[] = [];
  for (const [i, e] of batch.entries()) {
    if (e.seq <= held) continue;
    if (isScanKind(e.kind)) {
      try {
        scans.push(parseScanEvent(e));
      } catch (err) {
        if (err instanceof ScanRefused) throw new BatchRefused(`batch.${i}.${err.path}`, err.message);
        throw err;
      }
      inputs.push(eventInput(agentId, e));
      continue;
    }
    if (e.kind !== INVENTORY_KIND) {
      inputs.push(eventInput(agentId, e));
      continue;
    }
    const parsed = InventoryData.safeParse(e.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BatchRefused(`batch.${i}.data.${issuePath(issue.path)}`, issue.message);
    }
    try {
      const change = await applyInventory(ctx, assetId, parsed.data, at);
      inputs.push(journalEvent(agentId, 'inventory.changed', { ...change, agentTime: e.time }, e.seq));
    } catch (err) {
      if (err instanceof InventoryRefused) throw new BatchRefused(`batch.${i}.${err.path}`, err.message);
      throw err;
    }
  }
  // The ledger is written before the journal: if the box stops in between, the agent sends the batch
  // again and applying it twice changes nothing.
  if (scans.length) inputs.push(...(await applyScanEvents(ctx, agentId, assetId, scans, at)));
  await ctx.journal.write(inputs);
  return ctx.journal.maxAseq(agentId);
}
