// What an enrolled agent remembers: where the box is, the pinned key, its own id, the box CA.
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JsonStore } from '../../common/json-store.js';
import { AgentPolicy, FINGERPRINT_RE } from '../../protocol/wire.js';

export const AgentStateFile = z.object({
  server: z.string().url(),
  fingerprint: z.string().regex(FINGERPRINT_RE),
  agentId: z.string(),
  assetId: z.string(),
  caPem: z.string(),
  enrolledAt: z.string(),
  /** Section name -> hash last acknowledged by the box; decides what the next report must carry. */
  sentInventory: z.record(z.string(), z.string()).default({}),
  lastFullInventoryAt: z.string().optional(),
  /** The last policy the box sent; applied at start, so the agent keeps its schedule while offline. */
  policy: z.object({ version: z.number().int().nonnegative(), policy: AgentPolicy, receivedAt: z.string() }).optional(),
  /** When the last scheduled My Number scan finished. */
  lastScanAt: z.string().optional(),
});
export type AgentStateFile = z.infer<typeof AgentStateFile>;

export function defaultStateDir(): string {
  if (process.env.MAMORI_AGENT_STATE) return process.env.MAMORI_AGENT_STATE;
  if (process.platform === 'win32') return join(process.env.ProgramData ?? 'C:\\ProgramData', 'Mamori', 'agent');
  if (process.platform === 'darwin') return '/Library/Application Support/Mamori/agent';
  return '/var/lib/mamori-agent';
}

export async function ensureStateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700).catch(() => {});
}

export const AGENT_STATE_FILE = 'agent.json';
const OPTIONS = { what: 'agent state file', mode: 0o600 };

/** The enrolled agent's state, or null when this PC was never enrolled. A damaged file names the field. */
export function openAgentState(dir: string): Promise<JsonStore<AgentStateFile> | null> {
  return JsonStore.openExisting(join(dir, AGENT_STATE_FILE), AgentStateFile, OPTIONS);
}

/** Writes the state enrollment returned, replacing any earlier one. */
export function createAgentState(dir: string, state: AgentStateFile): Promise<JsonStore<AgentStateFile>> {
  return JsonStore.create(join(dir, AGENT_STATE_FILE), state, OPTIONS);
}
