// A real box and a real agent: the box pushes a scan policy, the agent scans a folder holding a valid
// My Number, and the box's ledger lists the file by path and count. Nothing on the box, in the agent's
// spool or in either process's log may hold the number itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ControlClient } from '../appliance/control/control-client.js';
import { enrollAgent, eventsJson, startAgent, startBox, type Box } from './harness/box.js';
import { BUILT, cleanup, mamori, NOT_BUILT_REASON, tempDir } from './harness/processes.js';

const NUMBER = '123456789018'; // GUIDELINE's example: valid check digit

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function holdersOf(needle: string, dir: string): string[] {
  return filesUnder(dir).filter((f) => statSync(f).size > 0 && readFileSync(f).includes(needle));
}

interface Row {
  assetId: string;
  host: string;
  root: string;
  path: string;
  count: number;
  confidence: string;
  firstSeen: string;
  lastSeen: string;
  goneAt?: string;
}

async function ledger(box: Box): Promise<Row[]> {
  const r = await mamori(['ledger', '--data', box.dataDir, '--json']);
  if (r.code !== 0) throw new Error(`mamori ledger failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Row[];
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function updateScan(box: Box, scan: { paths: string[]; intervalHours: number }): Promise<void> {
  const client = await ControlClient.connect(join(box.dataDir, 'control.sock'));
  try {
    await client.call('settings.update', { patch: { scan } });
  } finally {
    client.close();
  }
}

describe.skipIf(!BUILT)(`My Number scan to the box's ledger${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  afterAll(cleanup);

  it('pushes the policy, scans, lists the file with its count, marks it gone, and never stores the number', async () => {
    const docs = await tempDir('mamori-docs-');
    await writeFile(join(docs, 'staff.csv'), `氏名,個人番号\n山田太郎,${NUMBER}\n`);
    await writeFile(join(docs, 'memo.txt'), 'nothing to see here\n');
    expect(holdersOf(NUMBER, docs)).toEqual([join(docs, 'staff.csv')]); // the search below can find it
    const box = await startBox();
    const agent = await enrollAgent(box);
    const proc = startAgent(agent.stateDir);
    await proc.waitFor(/connected to the box/);

    // A connected agent gets the new policy pushed, scans at once, and reports.
    await updateScan(box, { paths: [docs], intervalHours: 24 });
    const found = await until('the file in the ledger', async () => (await ledger(box)).find((r) => r.path === 'staff.csv'));
    expect(found).toMatchObject({ assetId: agent.agentId, root: docs, count: 1, confidence: 'high' });
    expect(found.goneAt).toBeUndefined();
    expect((await ledger(box)).map((r) => r.path)).toEqual(['staff.csv']);

    // At connect the agent got the box's first policy (no paths: the users' document folders), then ours.
    type Applied = { version: number; ok: boolean; results: Array<{ rule: string; status: string; roots?: string[]; usedDefaults?: boolean }> };
    const applied = (await eventsJson(box, ['--kind', 'agent.policy_applied'])).map((e) => e.data as Applied).sort((a, b) => a.version - b.version);
    expect(applied.map((a) => a.version)).toEqual([1, 2]);
    expect(applied[0]!.results[0]).toMatchObject({ rule: 'scan', status: 'applied', usedDefaults: true });
    expect(applied[1]!.ok).toBe(true);
    expect(applied[1]!.results).toEqual([{ rule: 'scan', status: 'applied', roots: [docs], usedDefaults: false, intervalHours: 24 }]);
    const firstVersion = applied[1]!.version;
    const foundEvents = await eventsJson(box, ['--kind', 'mynumber.file_found']);
    expect(foundEvents).toHaveLength(1);
    expect(foundEvents[0]!.data).toMatchObject({ path: 'staff.csv', count: 1, confidence: 'high' });

    const assets = JSON.parse((await mamori(['assets', '--data', box.dataDir, '--json'])).stdout) as Array<{ assetId: string; posture?: Record<string, unknown> }>;
    const posture = assets.find((a) => a.assetId === agent.agentId)!.posture!;
    expect(posture.myNumberFiles).toBe(1);
    expect(Object.keys(posture).sort()).toEqual(
      ['avEnabled', 'avUpToDate', 'diskEncrypted', 'firewallEnabled', 'localAdmins', 'myNumberFiles', 'osSupported', 'patchesMissing', 'rebootRequired', 'securityPatchesMissing'].sort(),
    );

    // The file is deleted; the next policy version scans again and the ledger marks it gone.
    await rm(join(docs, 'staff.csv'));
    await updateScan(box, { paths: [docs], intervalHours: 23 });
    const gone = await until('the file marked gone', async () => (await ledger(box)).find((r) => r.path === 'staff.csv' && r.goneAt));
    expect(gone.firstSeen).toBe(found.firstSeen);
    const goneEvents = await eventsJson(box, ['--kind', 'mynumber.file_gone']);
    expect(goneEvents).toHaveLength(1);
    const versions = (await eventsJson(box, ['--kind', 'agent.policy_applied'])).map((e) => (e.data as { version: number }).version);
    expect(Math.max(...versions)).toBe(firstVersion + 1);
    const human = await mamori(['ledger', '--data', box.dataDir]);
    expect(human.stdout).toContain('staff.csv');
    expect(human.stdout).toContain('gone');

    await proc.stop();
    await box.proc.stop();
    expect((await box.proc.exited).code).toBe(0);
    // The number exists only in the scanned file: not in the journal, the ledger, the state, the
    // agent's spool and state, nor in any log line of either process.
    expect(holdersOf(NUMBER, box.dataDir)).toEqual([]);
    expect(holdersOf(NUMBER, agent.stateDir)).toEqual([]);
    expect(box.proc.stderr + box.proc.stdout).not.toContain(NUMBER);
    expect(proc.stderr + proc.stdout).not.toContain(NUMBER);
    expect(proc.stderr).toMatch(/my number scan finished/);
    expect((await mamori(['journal', 'verify', '--data', box.dataDir])).code).toBe(0);
  });
});
