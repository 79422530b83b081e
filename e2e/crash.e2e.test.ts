import { afterAll, describe, expect, it } from 'vitest';
import { exactlyOnce, maxAck, waitForAck } from './harness/acks.js';
import { enrollAgent, eventsJson, startAgent, startBox, type Box } from './harness/box.js';
import { BUILT, cleanup, freePort, mamori, NOT_BUILT_REASON } from './harness/processes.js';

const RATE = ['--synthetic-rate', '40'];

async function storedAseqs(box: Box, agentId: string): Promise<number[]> {
  const records = await eventsJson(box, ['--asset', agentId, '--limit', '10000']);
  return records.filter((r) => typeof r.aseq === 'number').map((r) => r.aseq as number);
}

describe.skipIf(!BUILT)(`kill -9 keeps every acknowledged event exactly once${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  afterAll(cleanup);

  it('survives kill -9 of the daemon while two agents stream', async () => {
    const port = await freePort();
    let box = await startBox({ port });
    const a = await enrollAgent(box);
    const b = await enrollAgent(box);
    const agents = [startAgent(a.stateDir, RATE), startAgent(b.stateDir, RATE)];
    await Promise.all(agents.map((p) => waitForAck(p, 60)));

    box.proc.child.kill('SIGKILL');
    await box.proc.exited;
    const ackedBeforeCrash = agents.map(maxAck);
    await new Promise((r) => setTimeout(r, 700));
    box = await startBox({ port, dataDir: box.dataDir });
    await Promise.all(agents.map((p, i) => waitForAck(p, ackedBeforeCrash[i]! + 40, 40_000)));

    for (const p of agents) expect((await p.stop()).code).toBe(0);
    for (const [i, id] of [a.agentId, b.agentId].entries()) {
      const { missing, duplicates } = exactlyOnce(await storedAseqs(box, id), maxAck(agents[i]!));
      expect({ missing, duplicates }).toEqual({ missing: [], duplicates: [] });
    }
    expect(box.proc.stderr).toMatch(/stale lock/);
    await box.proc.stop();
    expect((await mamori(['journal', 'verify', '--data', box.dataDir])).code).toBe(0);
  });

  it('survives kill -9 of an agent mid-batch: it resumes above what the box holds, no gaps, no duplicates', async () => {
    const box = await startBox();
    const a = await enrollAgent(box);
    let agent = startAgent(a.stateDir, ['--synthetic-rate', '45']);
    await waitForAck(agent, 80);
    agent.child.kill('SIGKILL');
    await agent.exited;
    const before = maxAck(agent);
    agent = startAgent(a.stateDir, ['--synthetic-rate', '45']);
    await waitForAck(agent, before + 40);
    expect((await agent.stop()).code).toBe(0);
    const { missing, duplicates } = exactlyOnce(await storedAseqs(box, a.agentId), maxAck(agent));
    expect({ missing, duplicates }).toEqual({ missing: [], duplicates: [] });
    await box.proc.stop();
    expect((await mamori(['journal', 'verify', '--data', box.dataDir])).code).toBe(0);
  });
});
