import { join } from 'node:path';
import { agentCli, AGENT, MAMORI, mamori, node, tempDir, type Proc } from './processes.js';

export interface Box {
  dataDir: string;
  url: string;
  port: number;
  fingerprint: string;
  proc: Proc;
}

/** Starts `mamori serve` on loopback and waits until it prints its address and fingerprint. */
export async function startBox(opts: { dataDir?: string; port?: number; heartbeat?: number; env?: Record<string, string> } = {}): Promise<Box> {
  const dataDir = opts.dataDir ?? (await tempDir('mamori-box-'));
  const args = ['serve', '--data', dataDir, '--listen', `127.0.0.1:${opts.port ?? 0}`];
  if (opts.heartbeat) args.push('--heartbeat', String(opts.heartbeat));
  const proc = node(MAMORI, args, opts.env);
  const [, url, port] = await proc.waitFor(/listening on (wss:\/\/127\.0\.0\.1:(\d+))/, 30_000, 'stdout');
  const [, fingerprint] = await proc.waitFor(/fingerprint[^:]*: (SHA256:\S+)/, 5_000, 'stdout');
  return { dataDir, url: url!, port: Number(port), fingerprint: fingerprint!, proc };
}

export async function createToken(box: Box, uses = 1, ttl = '1h'): Promise<string> {
  const r = await mamori(['token', 'create', '--data', box.dataDir, '--uses', String(uses), '--ttl', ttl, '--json']);
  if (r.code !== 0) throw new Error(`token create failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { token: string }).token;
}

export async function enrollAgent(box: Box, stateDir?: string): Promise<{ stateDir: string; agentId: string }> {
  const dir = stateDir ?? (await tempDir('mamori-agent-'));
  const token = await createToken(box);
  const r = await agentCli(['enroll', '--server', box.url, '--token', token, '--fingerprint', box.fingerprint, '--state', dir]);
  if (r.code !== 0) throw new Error(`enroll failed (${r.code}): ${r.stderr}`);
  const m = /enrolled as (ag-[0-9a-f]+)/.exec(r.stdout);
  return { stateDir: dir, agentId: m![1]! };
}

export function startAgent(stateDir: string, args: string[] = [], env: Record<string, string> = {}): Proc {
  return node(AGENT, ['run', '--state', stateDir, ...args], { MAMORI_LOG_LEVEL: 'debug', ...env });
}

export async function eventsJson(box: Box, args: string[]): Promise<Array<Record<string, unknown>>> {
  const r = await mamori(['events', '--data', box.dataDir, '--json', ...args]);
  if (r.code !== 0) throw new Error(`events failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

export const journalDir = (box: Box) => join(box.dataDir, 'journal');
