// The agent's Ed25519 key pair: made on the PC, the private half never leaves it.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { agentIdOf } from '../../protocol/wire.js';
import { writeFileAtomic } from '../../common/atomic-write.js';

export interface AgentKey {
  privateKey: KeyObject;
  publicKeySpki: Buffer;
  agentId: string;
}

const FILE = 'agent-key.pem';

export async function loadOrCreateKey(dir: string): Promise<AgentKey> {
  const existing = await loadKey(dir);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  await writeFileAtomic(join(dir, FILE), privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { mode: 0o600 });
  return fromPrivate(privateKey);
}

export async function loadKey(dir: string): Promise<AgentKey | null> {
  try {
    return fromPrivate(createPrivateKey(await readFile(join(dir, FILE), 'utf8')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function fromPrivate(privateKey: KeyObject): AgentKey {
  const publicKeySpki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeySpki, agentId: agentIdOf(publicKeySpki) };
}

export function signPayload(key: AgentKey, payload: Buffer): string {
  return sign(null, payload, key.privateKey).toString('base64');
}
