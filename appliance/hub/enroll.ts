import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { agentIdOf, authPayload, type EnrollMsg } from '../../protocol/wire.js';
import { checkToken } from './tokens.js';
import { findCollisions, meaningful } from './identity.js';
import type { HubContext } from './hub-context.js';

export type EnrollOutcome =
  | { ok: true; agentId: string; assetId: string; collisions: string[] }
  | { ok: false; reason: string; message: string };

/** Checks token, key and proof of possession, then stores the key and creates the PC's asset. */
export async function enrollAgent(ctx: HubContext, msg: EnrollMsg, nonce: string, remote: string): Promise<EnrollOutcome> {
  const now = new Date();
  const check = checkToken(ctx.state.data.tokens, msg.token, now);
  if (!check.ok) return check;
  let spki: Buffer;
  try {
    const key = createPublicKey({ key: Buffer.from(msg.publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'bad_key', message: 'the public key must be Ed25519' };
    spki = key.export({ format: 'der', type: 'spki' });
    if (!verify(null, authPayload('enroll', nonce, ctx.fingerprint), key, Buffer.from(msg.sig, 'base64')))
      return { ok: false, reason: 'bad_signature', message: "the enrollment signature does not match this connection's nonce" };
  } catch {
    return { ok: false, reason: 'bad_key', message: 'the public key is not a valid DER SubjectPublicKeyInfo' };
  }
  const agentId = agentIdOf(spki);
  const existing = ctx.state.data.agents.find((a) => a.agentId === agentId);
  if (existing?.revokedAt) return { ok: false, reason: 'revoked', message: `agent ${agentId} was revoked; make a new key to enroll again` };

  const assetId = existing?.assetId ?? agentId;
  const h = msg.hints;
  const collisions = findCollisions(
    h,
    assetId,
    ctx.state.data.assets.map((a) => ({ assetId: a.assetId, smbiosUuid: a.smbiosUuid, serial: a.serial, machineId: a.machineId, macs: a.macs })),
  );
  const at = now.toISOString();
  await ctx.state.update((d) => {
    const token = d.tokens.find((t) => t.id === check.record.id);
    if (token) {
      token.usesLeft -= 1;
      token.uses += 1;
    }
    if (!existing)
      d.agents.push({ agentId, assetId, publicKey: spki.toString('base64'), enrolledAt: at, tokenId: check.record.id });
    let asset = d.assets.find((a) => a.assetId === assetId);
    if (!asset) {
      asset = { assetId, kind: 'pc', name: h.hostname, macs: [], ips: [], firstSeen: at, lastSeen: at, flags: [], agentId };
      d.assets.push(asset);
    }
    Object.assign(asset, {
      hostname: h.hostname,
      macs: [...h.macs],
      smbiosUuid: meaningful(h.smbiosUuid) ? h.smbiosUuid : undefined,
      serial: meaningful(h.serial) ? h.serial : undefined,
      machineId: h.machineId,
      os: h.os ?? asset.os,
      lastSeen: at,
    });
    if (!asset.ips.includes(remote) && remote) asset.ips = [remote];
    for (const c of collisions) {
      const message = `shares ${c.fields.join(', ')} with another asset (cloned or re-imaged PC?)`;
      addFlag(asset, c.otherAssetId, message, at);
      const other = d.assets.find((a) => a.assetId === c.otherAssetId);
      if (other) addFlag(other, assetId, message, at);
      d.alerts.push({
        id: `al-${randomBytes(6).toString('hex')}`,
        at,
        kind: 'identity.collision',
        assetId,
        message: `${h.hostname} ${message} ${c.otherAssetId} / 別の資産と識別情報が重複しています（複製された PC の可能性）`,
      });
    }
  });
  return { ok: true, agentId, assetId, collisions: collisions.map((c) => `${c.otherAssetId}: ${c.fields.join(', ')}`) };
}

function addFlag(asset: { flags: Array<{ code: string; message: string; since: string; other?: string }> }, other: string, message: string, since: string) {
  if (asset.flags.some((f) => f.code === 'identity.collision' && f.other === other)) return;
  asset.flags.push({ code: 'identity.collision', message, since, other });
}
