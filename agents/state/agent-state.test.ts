import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENT_STATE_FILE, createAgentState, openAgentState, type AgentStateFile } from './agent-state.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-agent-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const enrolled: AgentStateFile = {
  server: 'wss://192.0.2.10:8443',
  fingerprint: `SHA256:${'A'.repeat(43)}`,
  agentId: 'ag-1',
  assetId: 'ag-1',
  caPem: '-----BEGIN CERTIFICATE-----',
  enrolledAt: '2026-01-01T00:00:00.000Z',
  sentInventory: {},
};

describe('agent state', () => {
  it('is absent before enrollment, and private and durable after it', async () => {
    expect(await openAgentState(dir)).toBeNull();
    await createAgentState(dir, enrolled);
    expect((await stat(join(dir, AGENT_STATE_FILE))).mode & 0o777).toBe(0o600);
    const store = (await openAgentState(dir))!;
    expect(store.data).toEqual(enrolled);
    await store.update((s) => void (s.lastScanAt = '2026-01-02T00:00:00.000Z'));
    expect((await openAgentState(dir))!.data.lastScanAt).toBe('2026-01-02T00:00:00.000Z');
  });

  it('names the field of a damaged file, and enrolling again replaces it', async () => {
    await writeFile(join(dir, AGENT_STATE_FILE), JSON.stringify({ ...enrolled, fingerprint: 'md5:xx' }));
    await expect(openAgentState(dir)).rejects.toThrow(/agent state file: fingerprint/);
    await writeFile(join(dir, AGENT_STATE_FILE), '{"server":');
    await createAgentState(dir, enrolled);
    expect(JSON.parse(await readFile(join(dir, AGENT_STATE_FILE), 'utf8'))).toEqual(enrolled);
  });
});
