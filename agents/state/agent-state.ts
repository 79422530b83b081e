// What an enrolled agent remembers: where the box is, the pinned key, its own id, the box CA.
import { mkdir, readFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AgentPolicy, FINGERPRINT_RE } from '../../protocol/wire.js';
import { writeFileAtomic } from './atomic-write.js';

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

export async function loadAgentState(dir: string): Promise<AgentStateFile | null> {
  let text: string;
  try {
    text = await readFile(join(dir, 'agent.json'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const parsed = AgentStateFile.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${join(dir, 'agent.json')} is damaged: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export async function saveAgentState(dir: string, state: AgentStateFile): Promise<void> {
  await writeFileAtomic(join(dir, 'agent.json'), JSON.stringify(state, null, 2) + '\n');
}
