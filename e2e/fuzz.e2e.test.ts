// Thousands of malformed, oversized and wrong-schema messages against a real daemon over real WSS.
import { createPrivateKey, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Daemon } from '../appliance/daemon/controller.js';
import { createLogger } from '../common/log.js';
import { verifyJournal } from '../appliance/journal/index.js';
import { authPayload } from '../protocol/wire.js';
import { newToken } from '../appliance/hub/tokens.js';
import { enroll } from '../agents/transport/enroll.js';
import { cleanup, tempDir } from './harness/processes.js';

let daemon: Daemon;
let url: string;
let agent: { agentId: string; key: ReturnType<typeof createPrivateKey> };
const logLines: string[] = [];

type Outcome = { reply?: Record<string, unknown>; closed?: number };

class Client {
  private ws!: WebSocket;
  private inbox: Array<Record<string, unknown>> = [];
  private waiter: (() => void) | null = null;
  closeCode: number | null = null;

  static async connect(authenticate: boolean): Promise<Client> {
    const c = new Client();
    c.ws = new WebSocket(`${url}/agent`, { rejectUnauthorized: false, maxPayload: 64 * 1024 * 1024 });
    c.ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as Record<string, unknown>;
      if (m.t === 'policy') return; // pushed after ready, not a reply
      c.inbox.push(m);
      c.waiter?.();
    });
    c.ws.on('close', (code) => {
      c.closeCode = code;
      c.waiter?.();
    });
    c.ws.on('error', () => {});
    await new Promise((r, j) => {
      c.ws.once('open', r);
      c.ws.once('error', j);
    });
    const hello = (await c.next()).reply!;
    if (authenticate) {
      const sig = sign(null, authPayload('session', hello.nonce as string, daemon.info.fingerprint), agent.key).toString('base64');
      c.ws.send(JSON.stringify({ t: 'auth', v: 1, agentId: agent.agentId, sig }));
      const ready = await c.next();
      if (ready.reply?.t !== 'ready') throw new Error(`auth failed: ${JSON.stringify(ready)}`);
    }
    return c;
  }

  get open(): boolean {
    return this.closeCode === null && this.ws.readyState === WebSocket.OPEN;
  }

  async next(timeoutMs = 5000): Promise<Outcome> {
    const deadline = Date.now() + timeoutMs;
    while (!this.inbox.length && this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('no reply from the box');
      await new Promise<void>((r) => {
        this.waiter = r;
        setTimeout(r, 50);
      });
    }
    if (this.inbox.length) return { reply: this.inbox.shift()! };
    return { closed: this.closeCode! };
  }

  async exchange(data: string | Buffer, binary = false): Promise<Outcome> {
    this.ws.send(data, { binary });
    return this.next();
  }

  close(): void {
    this.ws.terminate();
  }
}

/** Valid-looking event batches with one field broken. */
const brokenBatch = fc.oneof(
  fc.record({ t: fc.constant('events'), batch: fc.constant([]) }),
  fc.record({ t: fc.constant('events'), batch: fc.array(fc.anything(), { minLength: 1, maxLength: 5 }) }),
  fc.record({
    t: fc.constant('events'),
    batch: fc.tuple(
      fc.record({
        seq: fc.oneof(fc.constant(-1), fc.constant(0), fc.double(), fc.string(), fc.constant(2 ** 60)),
        time: fc.string(),
        kind: fc.string(),
        data: fc.anything(),
      }),
    ),
  }),
  fc.record({
    t: fc.constant('events'),
    batch: fc.constant(Array.from({ length: 501 }, (_, i) => ({ seq: i + 1, time: new Date().toISOString(), kind: 'x', data: {} }))),
  }),
  fc.record({ t: fc.constant('events'), batch: fc.constant([{ seq: 5, time: 'now', kind: 'Bad Kind', data: [] }]) }),
  fc.record({ t: fc.constant('events'), batch: fc.constant([{ seq: 1000, time: new Date().toISOString(), kind: 'inventory', data: { full: 'yes', sections: 1 } }]) }),
  fc.record({ t: fc.string(), v: fc.anything() }),
  fc.record({ t: fc.constant('enroll'), token: fc.string() }),
);

describe('fuzzing the agent message handler', () => {
  beforeAll(async () => {
    const dataDir = await tempDir('mamori-fuzz-');
    daemon = new Daemon({
      dataDir,
      listen: { host: '127.0.0.1', port: 0 },
      controlPath: join(dataDir, 'control.sock'),
      version: 'test',
      log: createLogger('fuzz', { write: (l) => logLines.push(l) }),
    });
    const info = await daemon.start();
    url = `wss://127.0.0.1:${info.listen.port}`;
    const { token, record } = newToken('test', 1, 60_000);
    await daemon.state.update((d) => void d.tokens.push(record));
    const stateDir = await tempDir('mamori-fuzz-agent-');
    const state = await enroll({ server: url, token, fingerprint: info.fingerprint, stateDir, hints: { hostname: 'fuzz-pc', macs: [] } });
    agent = { agentId: state.agentId, key: createPrivateKey(await readFile(join(stateDir, 'agent-key.pem'), 'utf8')) };
  });

  afterAll(async () => {
    await daemon?.stop();
    await cleanup();
  });

  it('refuses every malformed message with an error naming the field, and closes 1008 after repeated failures', async () => {
    let client = await Client.connect(true);
    // One good batch first: it must survive everything that follows.
    const good = await client.exchange(JSON.stringify({ t: 'events', batch: [{ seq: 1, time: new Date().toISOString(), kind: 'test.kept', data: { n: 1 } }] }));
    expect(good.reply).toEqual({ t: 'ack', seq: 1 });

    const inputs = fc.sample(
      fc.oneof(
        { weight: 4, arbitrary: brokenBatch.map((m) => JSON.stringify(m)) },
        { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
        { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
      ),
      { numRuns: 2000, seed: 20261126 },
    );
    let refused = 0;
    let refusedHere = 0;
    const closeCodes: number[] = [];
    for (const input of inputs) {
      if (!client.open) {
        closeCodes.push(client.closeCode ?? (await client.next()).closed!);
        client = await Client.connect(true);
        refusedHere = 0;
      }
      const out = await client.exchange(input, Buffer.isBuffer(input));
      if (out.reply) {
        expect(out.reply.t).toBe('error');
        expect(typeof out.reply.message).toBe('string');
        refused++;
        refusedHere++;
        expect(refusedHere).toBeLessThanOrEqual(5);
      } else {
        expect(out.closed).toBe(1008);
      }
    }
    expect(refused).toBeGreaterThan(inputs.length * 0.7);
    expect(closeCodes.length).toBeGreaterThan(inputs.length / 8);
    expect(new Set(closeCodes)).toEqual(new Set([1008]));
    client.close();

    // A field-level error names the field.
    const c = await Client.connect(true);
    const named = await c.exchange(JSON.stringify({ t: 'events', batch: [{ seq: 2, time: 'yesterday', kind: 'x', data: {} }] }));
    expect(named.reply).toMatchObject({ t: 'error', code: 'bad_message', path: 'batch.0.time' });
    c.close();
  });

  it('closes oversized messages with 1009 and refuses unauthenticated traffic, and stays healthy', async () => {
    for (let i = 0; i < 3; i++) {
      const c = await Client.connect(true);
      expect(await c.exchange('x'.repeat(5 * 1024 * 1024))).toEqual({ closed: 1009 });
    }
    const anon = fc.sample(fc.oneof(brokenBatch.map((m) => JSON.stringify(m)), fc.jsonValue().map((v) => JSON.stringify(v))), { numRuns: 300, seed: 7 });
    let client = await Client.connect(false);
    for (const input of anon) {
      if (!client.open) client = await Client.connect(false);
      const out = await client.exchange(input);
      expect(out.reply ? out.reply.t : out.closed).toSatisfy((v: unknown) => v === 'error' || v === 1008 || v === 4007 || v === 4005 || v === 4001);
    }
    client.close();

    // The daemon still works and nothing stored was damaged.
    const ok = await Client.connect(true);
    expect((await ok.exchange(JSON.stringify({ t: 'events', batch: [{ seq: 2, time: new Date().toISOString(), kind: 'test.after', data: {} }] }))).reply).toEqual({ t: 'ack', seq: 2 });
    ok.close();
    const kept: string[] = [];
    for await (const r of daemon.journal.query({ src: agent.agentId, order: 'asc' })) if (r.aseq) kept.push(r.kind);
    expect(kept).toEqual(['test.kept', 'test.after']);
    await daemon.journal.flushed();
    expect((await verifyJournal(join(daemon.dataDir, 'journal'))).ok).toBe(true);
    expect(process.memoryUsage().rss).toBeLessThan(1024 * 1024 * 1024);
  });
});
