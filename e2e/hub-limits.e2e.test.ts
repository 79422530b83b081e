// The box's limits and liveness over real WSS: per-agent rate limit, heartbeat, lastSeen.
import { createPrivateKey, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../appliance/daemon/controller.js';
import { createLogger } from '../common/log.js';
import { newToken } from '../appliance/hub/tokens.js';
import { authPayload } from '../protocol/wire.js';
import { enroll } from '../agents/transport/enroll.js';
import { cleanup, tempDir } from './harness/processes.js';

let daemon: Daemon;
let url: string;
let agent: { agentId: string; key: ReturnType<typeof createPrivateKey> };

async function session(opts: { autoPong?: boolean } = {}) {
  const ws = new WebSocket(`${url}/agent`, { rejectUnauthorized: false, autoPong: opts.autoPong ?? true });
  const inbox: Array<Record<string, unknown>> = [];
  let wake: (() => void) | null = null;
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as Record<string, unknown>;
    if (m.t === 'policy') return; // pushed after ready; not what these tests look at
    inbox.push(m);
    wake?.();
  });
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  const next = async () => {
    while (!inbox.length) await new Promise<void>((r) => (wake = r));
    return inbox.shift()!;
  };
  const hello = await next();
  ws.send(JSON.stringify({ t: 'auth', v: 1, agentId: agent.agentId, sig: sign(null, authPayload('session', hello.nonce as string, daemon.info.fingerprint), agent.key).toString('base64') }));
  const ready = await next();
  return { ws, next, closed, ready };
}

let seq = 0;
const batch = (n: number) =>
  JSON.stringify({ t: 'events', batch: Array.from({ length: n }, () => ({ seq: ++seq, time: new Date().toISOString(), kind: 'test.load', data: {} })) });

describe('hub limits and liveness', () => {
  beforeAll(async () => {
    const dataDir = await tempDir('mamori-limits-');
    daemon = new Daemon({
      dataDir,
      listen: { host: '127.0.0.1', port: 0 },
      controlPath: join(dataDir, 'control.sock'),
      version: 'test',
      heartbeatMs: 300,
      log: createLogger('limits', { write: () => {} }),
    });
    const info = await daemon.start();
    url = `wss://127.0.0.1:${info.listen.port}`;
    const { token, record } = newToken('test', 1, 60_000);
    await daemon.state.update((d) => {
      d.tokens.push(record);
      d.settings.rateLimit = { eventsPerSecond: 10, burst: 20 };
    });
    const stateDir = await tempDir('mamori-limits-agent-');
    const state = await enroll({ server: url, token, fingerprint: info.fingerprint, stateDir, hints: { hostname: 'limits-pc', macs: [] } });
    agent = { agentId: state.agentId, key: createPrivateKey(await readFile(join(stateDir, 'agent-key.pem'), 'utf8')) };
  });

  afterAll(async () => {
    await daemon?.stop();
    await cleanup();
  });

  it('refuses batches over the per-agent rate with a retry time, without counting them as bad', async () => {
    const s = await session();
    expect(s.ready.t).toBe('ready');
    s.ws.send(batch(10));
    expect(await s.next()).toEqual({ t: 'ack', seq: 10 });
    s.ws.send(batch(10));
    expect(await s.next()).toEqual({ t: 'ack', seq: 20 });
    s.ws.send(batch(10));
    const limited = await s.next();
    expect(limited).toMatchObject({ t: 'error', code: 'rate_limited' });
    expect(limited.retryAfterMs as number).toBeGreaterThan(0);
    // The refused batch was not stored; after waiting, the same events go through.
    await new Promise((r) => setTimeout(r, limited.retryAfterMs as number));
    seq -= 10;
    s.ws.send(batch(10));
    expect(await s.next()).toEqual({ t: 'ack', seq: 30 });
    expect(daemon.journal.maxAseq(agent.agentId)).toBe(30);
    s.ws.close();
  });

  it('drops a connection that stops answering pings, and keeps lastSeen from real traffic', async () => {
    const before = daemon.state.data.assets.find((a) => a.assetId === agent.agentId)!.lastSeen;
    const s = await session({ autoPong: false });
    expect(s.ready.t).toBe('ready');
    const after = daemon.state.data.assets.find((a) => a.assetId === agent.agentId)!.lastSeen;
    expect(Date.parse(after)).toBeGreaterThanOrEqual(Date.parse(before));
    const code = await Promise.race([s.closed, new Promise<string>((r) => setTimeout(() => r('still open'), 3000))]);
    expect(code).toBe(1006);
    for (let i = 0; i < 50 && daemon.hub.isConnected(agent.agentId); i++) await new Promise((r) => setTimeout(r, 20));
    expect(daemon.hub.isConnected(agent.agentId)).toBe(false);
  });
});
