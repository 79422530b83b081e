// scan.file / scan.completed events from agents update the My Number file ledger and the asset's
// posture count, and yield one journal change per file found or gone (paths and counts only).
import { ScanCompletedData, ScanFileData, SCAN_COMPLETED_KIND, SCAN_FILE_KIND, issuePath, type AgentEvent } from '../../protocol/wire.js';
import { journalEvent, type JournalInput } from '../journal/index.js';
import { applyScanCompleted, applyScanFile, liveCount, type LedgerChange } from '../ledger/ledger-apply.js';
import type { IngestDeps } from './ingest-deps.js';
import { computePosture } from './posture.js';

export class ScanRefused extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

export type ScanEvent = { kind: typeof SCAN_FILE_KIND; data: ScanFileData } | { kind: typeof SCAN_COMPLETED_KIND; data: ScanCompletedData };

export const isScanKind = (kind: string): boolean => kind === SCAN_FILE_KIND || kind === SCAN_COMPLETED_KIND;

/** Checks one agent event against its schema; the error names the field (`data.root`). */
export function parseScanEvent(e: AgentEvent): ScanEvent {
  const parsed = e.kind === SCAN_FILE_KIND ? ScanFileData.safeParse(e.data) : ScanCompletedData.safeParse(e.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ScanRefused(`data.${issuePath(issue.path)}`, issue.message);
  }
  return { kind: e.kind, data: parsed.data } as ScanEvent;
}

/** Applies one batch's scan events in order with one ledger write; returns the journal changes. */
export async function applyScanEvents(ctx: IngestDeps, agentId: string, assetId: string, events: ScanEvent[], at: string): Promise<JournalInput[]> {
  const host = ctx.state.data.assets.find((a) => a.assetId === assetId)?.hostname ?? assetId;
  const { changes, files } = await ctx.ledger.update((entries) => {
    const out: LedgerChange[] = [];
    for (const ev of events) {
      if (ev.kind === SCAN_FILE_KIND) {
        const c = applyScanFile(entries, assetId, host, ev.data, at);
        if (c) out.push(c);
      } else out.push(...applyScanCompleted(entries, assetId, ev.data, at));
    }
    return { result: { changes: out, files: liveCount(entries, assetId) }, changed: events.length > 0 };
  });
  await updatePostureCount(ctx, assetId, files);
  return changes.map(({ kind, entry: e }) => {
    const data = { assetId, host: e.host, root: e.root, path: e.path, count: e.count, confidence: e.confidence };
    return kind === 'mynumber.file_gone' ? journalEvent(agentId, kind, { ...data, goneAt: e.goneAt ?? at }) : journalEvent(agentId, kind, data);
  });
}

async function updatePostureCount(ctx: IngestDeps, assetId: string, files: number): Promise<void> {
  const asset = ctx.state.data.assets.find((a) => a.assetId === assetId);
  if (!asset || asset.posture?.myNumberFiles === files) return;
  const sections = asset.posture ? null : await ctx.inventory.get(assetId);
  await ctx.state.update((d) => {
    const a = d.assets.find((x) => x.assetId === assetId);
    if (!a) return;
    a.posture = a.posture
      ? { ...a.posture, myNumberFiles: files }
      : computePosture(Object.fromEntries(Object.entries(sections?.sections ?? {}).map(([k, v]) => [k, v.data])), files);
  });
}
