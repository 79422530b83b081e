import { generateKeyPairSync, sign, createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentIdOf, authPayload } from '../protocol/wire.js';
import { createToken, enrollAgent, eventsJson, startAgent, startBox, type Box } from './harness/box.js';
import { agentCli, BUILT, cleanup, mamori, NOT_BUILT_REASON, tempDir } from './harness/processes.js';

/** A raw client: returns the hello, then lets the test send one message and see how the box answers. */
async function rawSession(box: Box) {
  const ws = new WebSocket(`${box.url}/agent`, { rejectUnauthorized: false });
  const inbox: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (d) => {
    inbox.push(JSON.parse(d.toString()) as Record<string, unknown>);
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  const next = async () => {
    while (!inbox.length) await new Promise<void>((r) => waiters.push(r));
    return inbox.shift()!;
  };
  const hello = await next();
  return { ws, hello, next, closed };
}

describe.skipIf(!BUILT)(`trust: only enrolled keys get in${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  let box: Box;
  beforeAll(async () => {
    box = await startBox();
  });
  afterAll(cleanup);

  it('refuses a box whose key does not match the pinned fingerprint, before sending the token', async () => {
    const token = await createToken(box);
    const wrong = 'SHA256:' + 'A'.repeat(43);
    const r = await agentCli(['enroll', '--server', box.url, '--token', token, '--fingerprint', wrong, '--state', await tempDir()]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('SERVER KEY MISMATCH');
    // The token was never sent, so it still works.
    const ok = await agentCli(['enroll', '--server', box.url, '--token', token, '--fingerprint', box.fingerprint, '--state', await tempDir()]);
    expect(ok.code).toBe(0);
  });

  it('refuses unknown, used-up and expired tokens with their reason, and journals each refusal', async () => {
    const enroll = async (token: string) =>
      agentCli(['enroll', '--server', box.url, '--token', token, '--fingerprint', box.fingerprint, '--state', await tempDir()]);
    expect((await enroll('deadbeef.not-a-real-token')).stderr).toContain('token_unknown');
    const once = await createToken(box, 1);
    expect((await enroll(once)).code).toBe(0);
    const again = await enroll(once);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('token_used_up');
    const short = await createToken(box, 5, '1s');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await enroll(short)).stderr).toContain('token_expired');
    const refusals = await eventsJson(box, ['--kind', 'security.enroll_refused']);
    expect(refusals.map((e) => (e.data as { reason: string }).reason)).toEqual(expect.arrayContaining(['token_unknown', 'token_used_up', 'token_expired']));
  });

  it('closes an unenrolled key with 4001 and a revoked one with 4002', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const s = await rawSession(box);
    const agentId = agentIdOf(publicKey.export({ format: 'der', type: 'spki' }));
    s.ws.send(JSON.stringify({ t: 'auth', v: 1, agentId, sig: sign(null, authPayload('session', s.hello.nonce as string, box.fingerprint), privateKey).toString('base64') }));
    expect((await s.closed).code).toBe(4001);

    const enrolled = await enrollAgent(box);
    const revoke = await mamori(['agents', 'revoke', enrolled.agentId, '--data', box.dataDir]);
    expect(revoke.code).toBe(0);
    const agent = startAgent(enrolled.stateDir);
    const { code } = await agent.exited;
    expect(code).not.toBe(0);
    expect(agent.stderr).toMatch(/refused this agent: .*revoked/);
    const admin = await eventsJson(box, ['--kind', 'admin.agent_revoked']);
    expect(admin[0]!.src).toMatch(/^admin:/);
  });

  it('refuses a replayed authentication (a signature over another connection’s nonce) with 4003', async () => {
    const enrolled = await enrollAgent(box);
    const key = createPrivateKey(await readFile(join(enrolled.stateDir, 'agent-key.pem'), 'utf8'));
    const first = await rawSession(box);
    const captured = JSON.stringify({ t: 'auth', v: 1, agentId: enrolled.agentId, sig: sign(null, authPayload('session', first.hello.nonce as string, box.fingerprint), key).toString('base64') });
    first.ws.send(captured);
    expect((await first.next()).t).toBe('ready');
    first.ws.close();
    const second = await rawSession(box);
    second.ws.send(captured);
    const closed = await second.closed;
    expect(closed.code).toBe(4003);
    expect(closed.reason).toContain('nonce');
  });

  it('lets the newer of two connections for one key win, and journals it', async () => {
    const enrolled = await enrollAgent(box);
    const key = createPrivateKey(await readFile(join(enrolled.stateDir, 'agent-key.pem'), 'utf8'));
    const auth = async () => {
      const s = await rawSession(box);
      s.ws.send(JSON.stringify({ t: 'auth', v: 1, agentId: enrolled.agentId, sig: sign(null, authPayload('session', s.hello.nonce as string, box.fingerprint), key).toString('base64') }));
      expect((await s.next()).t).toBe('ready');
      return s;
    };
    const older = await auth();
    const newer = await auth();
    expect((await older.closed).code).toBe(4004);
    expect(newer.ws.readyState).toBe(WebSocket.OPEN);
    newer.ws.close();
    const replaced = await eventsJson(box, ['--kind', 'security.session_replaced', '--asset', enrolled.agentId]);
    expect(replaced).toHaveLength(1);
  });
});
