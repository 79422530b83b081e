// Scan events through the real ingest path: journal, ledger file, state and inventory in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../common/log.js';
import { isEvent, Journal, type JournalRecord } from '../journal/index.js';
import { MyNumberLedger } from '../ledger/mynumber-ledger.js';
import type { AgentEvent } from '../../protocol/wire.js';
import { InventoryStore } from '../store/inventory-store.js';
import { openState } from '../store/state.js';
import { BatchRefused, ingestBatch } from './ingest-batch.js';
import type { IngestDeps } from './ingest-deps.js';

const AGENT = 'ag-0123456789abcdef0123';
let dir: string;
let ctx: IngestDeps & { journal: Journal; state: Awaited<ReturnType<typeof openState>>; ledger: MyNumberLedger };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-scan-ingest-'));
  const log = createLogger('test', { write: () => {} });
  const state = await openState(dir, { logger: log });
  const now = new Date().toISOString();
  await state.update((d) => void d.assets.push({ assetId: AGENT, kind: 'pc', name: 'pc1', hostname: 'pc1', macs: [], ips: [], firstSeen: now, lastSeen: now, flags: [], agentId: AGENT }));
  ctx = {
    state,
    journal: await Journal.open(join(dir, 'journal'), { log }),
    inventory: new InventoryStore(dir),
    ledger: await MyNumberLedger.open(dir),
  };
});
afterEach(async () => {
  await ctx.journal.close();
  await ctx.state.close();
  await rm(dir, { recursive: true, force: true });
});

const time = '2026-01-01T00:00:00.000Z';
const fileEvent = (seq: number, scanId: string, path: string): AgentEvent => ({
  seq,
  time,
  kind: 'scan.file',
  data: { scanId, root: '/docs', path, myNumberCount: 2, occurrences: 3, confidence: 'high', size: 10, modified: time },
});
const doneEvent = (seq: number, scanId: string, files: number): AgentEvent => ({
  seq,
  time,
  kind: 'scan.completed',
  data: {
    scanId,
    root: '/docs',
    complete: true,
    files,
    stats: { filesScanned: 3, bytesScanned: 30, filesWithNumbers: files, filesSkipped: 0, occurrences: 3, durationMs: 1, startedAt: time, aborted: false },
    skipped: {},
    kept: [],
  },
});

async function records(kind: string): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for await (const r of ctx.journal.query({ kind, order: 'asc', limit: 1000 })) out.push(r);
  return out;
}

describe('ingest of scan events', () => {
  it('fills the ledger, journals found and gone per file, and keeps the posture count', async () => {
    expect(await ingestBatch(ctx, AGENT, AGENT, [fileEvent(1, 'scan-00000001', 'a.csv'), fileEvent(2, 'scan-00000001', 'b.csv'), doneEvent(3, 'scan-00000001', 2)])).toBe(3);
    expect(ctx.ledger.entries().map((e) => [e.host, e.path, e.count])).toEqual([
      ['pc1', 'a.csv', 2],
      ['pc1', 'b.csv', 2],
    ]);
    expect(ctx.state.data.assets[0]!.posture).toMatchObject({ myNumberFiles: 2, avEnabled: null, osSupported: 'unknown' });
    expect((await records('mynumber.file_found')).filter((r) => isEvent(r, 'mynumber.file_found')).map((r) => r.data.path)).toEqual(['a.csv', 'b.csv']);

    // A resent batch (the ack was lost) changes nothing.
    await ingestBatch(ctx, AGENT, AGENT, [fileEvent(2, 'scan-00000001', 'b.csv'), doneEvent(3, 'scan-00000001', 2)]);
    expect(await records('mynumber.file_found')).toHaveLength(2);

    await ingestBatch(ctx, AGENT, AGENT, [fileEvent(4, 'scan-00000002', 'a.csv'), doneEvent(5, 'scan-00000002', 1)]);
    const gone = await records('mynumber.file_gone');
    expect(gone.filter((r) => isEvent(r, 'mynumber.file_gone')).map((r) => [r.src, r.data.path, r.data.count])).toEqual([[AGENT, 'b.csv', 2]]);
    expect(ctx.state.data.assets[0]!.posture).toMatchObject({ myNumberFiles: 1 });
    expect((await MyNumberLedger.open(dir)).entries({ includeGone: false }).map((e) => e.path)).toEqual(['a.csv']);
    // The agent's events are journaled as sent, under its sequence numbers.
    expect((await records('scan.completed')).map((r) => r.aseq)).toEqual([3, 5]);
  });

  it('refuses a malformed scan event and names the field', async () => {
    const bad = fileEvent(1, 'scan-00000001', 'a.csv');
    bad.data.confidence = 'certain';
    const err = await ingestBatch(ctx, AGENT, AGENT, [bad]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatchRefused);
    expect((err as BatchRefused).path).toBe('batch.0.data.confidence');
    expect(ctx.ledger.entries()).toEqual([]);
  });
});
