import { AGENT_PATH, authPayload, PROTOCOL_VERSION, type IdentityHints } from '../../protocol/wire.js';
import { loadOrCreateKey, signPayload } from '../identity/agent-key.js';
import { createAgentState, ensureStateDir, type AgentStateFile } from '../state/agent-state.js';
import { BoxConnection } from './box-connection.js';

export class EnrollRefusedError extends Error {
  constructor(readonly reason: string, message: string) {
    super(`enrollment refused (${reason}): ${message}`);
    this.name = 'EnrollRefusedError';
  }
}

export function agentUrl(server: string): string {
  const u = new URL(server);
  if (u.protocol !== 'wss:') throw new Error(`the server address must start with wss:// (got ${server})`);
  u.pathname = AGENT_PATH;
  return u.toString();
}

/** Pins the box key, proves possession of a fresh key, and stores what the box returns. */
export async function enroll(opts: { server: string; token: string; fingerprint: string; stateDir: string; hints: IdentityHints }): Promise<AgentStateFile> {
  await ensureStateDir(opts.stateDir);
  const key = await loadOrCreateKey(opts.stateDir);
  const conn = await BoxConnection.open(agentUrl(opts.server), opts.fingerprint);
  try {
    const hello = await conn.next();
    if (hello.t !== 'hello') throw new Error(`the box sent "${hello.t}" instead of hello`);
    conn.send({
      t: 'enroll',
      v: PROTOCOL_VERSION,
      token: opts.token,
      publicKey: key.publicKeySpki.toString('base64'),
      sig: signPayload(key, authPayload('enroll', hello.nonce, opts.fingerprint)),
      hints: opts.hints,
    });
    const reply = await conn.next();
    if (reply.t === 'error') throw new EnrollRefusedError(reply.code, reply.message);
    if (reply.t !== 'enrolled') throw new Error(`unexpected reply "${reply.t}" to enrollment`);
    const state: AgentStateFile = {
      server: opts.server,
      fingerprint: opts.fingerprint,
      agentId: reply.agentId,
      assetId: reply.assetId,
      caPem: reply.ca,
      enrolledAt: new Date().toISOString(),
      sentInventory: {},
    };
    await createAgentState(opts.stateDir, state);
    return state;
  } finally {
    conn.close();
  }
}
