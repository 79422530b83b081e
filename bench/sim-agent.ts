// A simulated agent for benchmarks: speaks the real wire protocol over real WSS, closed loop
// (one batch in flight), and records send-to-ack latency.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import WebSocket from 'ws';
import { AGENT_PATH, authPayload, PROTOCOL_VERSION } from '../protocol/wire.js';

const PAD = JSON.stringify({ pad: 'x'.repeat(220), app: 'bench', user: 'taro' });

export function eventJson(seq: number, time: string): string {
  return `{"seq":${seq},"time":"${time}","kind":"bench.event","data":${PAD}}`;
}

export class SimAgent {
  ws!: WebSocket;
  seq = 0;
  agentId = '';
  readonly key: KeyObject;
  readonly publicKeySpki: Buffer;
  private onMessage: ((m: Record<string, unknown>) => void) | null = null;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    this.key = privateKey;
    this.publicKeySpki = publicKey.export({ format: 'der', type: 'spki' });
  }

  async connect(url: string): Promise<Record<string, unknown>> {
    this.ws = new WebSocket(url + AGENT_PATH, { rejectUnauthorized: false, perMessageDeflate: false });
    const first = new Promise<Record<string, unknown>>((resolve) => (this.onMessage = resolve));
    this.ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as Record<string, unknown>;
      if (m.t !== 'policy') this.onMessage?.(m); // policy pushes are not replies
    });
    await new Promise((r, j) => {
      this.ws.once('open', r);
      this.ws.once('error', j);
    });
    return first;
  }

  next(): Promise<Record<string, unknown>> {
    return new Promise((resolve) => (this.onMessage = resolve));
  }

  async enroll(url: string, fingerprint: string, token: string): Promise<void> {
    const hello = await this.connect(url);
    const reply = this.next();
    this.ws.send(
      JSON.stringify({
        t: 'enroll',
        v: PROTOCOL_VERSION,
        token,
        publicKey: this.publicKeySpki.toString('base64'),
        sig: sign(null, authPayload('enroll', hello.nonce as string, fingerprint), this.key).toString('base64'),
        hints: { hostname: `bench-${Math.random().toString(36).slice(2, 8)}`, macs: [] },
      }),
    );
    const r = await reply;
    if (r.t !== 'enrolled') throw new Error(`enroll failed: ${JSON.stringify(r)}`);
    this.agentId = r.agentId as string;
    this.ws.terminate();
  }

  async auth(url: string, fingerprint: string): Promise<void> {
    const hello = await this.connect(url);
    const ready = this.next();
    this.ws.send(
      JSON.stringify({
        t: 'auth',
        v: PROTOCOL_VERSION,
        agentId: this.agentId,
        sig: sign(null, authPayload('session', hello.nonce as string, fingerprint), this.key).toString('base64'),
      }),
    );
    const r = await ready;
    if (r.t !== 'ready') throw new Error(`auth failed: ${JSON.stringify(r)}`);
    this.seq = r.ackSeq as number;
  }

  /** Raw baseline: no hello, no auth. */
  async connectRaw(url: string): Promise<void> {
    this.ws = new WebSocket(url + AGENT_PATH, { rejectUnauthorized: false, perMessageDeflate: false });
    this.ws.on('message', (d) => this.onMessage?.(JSON.parse(d.toString()) as Record<string, unknown>));
    await new Promise((r, j) => {
      this.ws.once('open', r);
      this.ws.once('error', j);
    });
  }

  /** Sends batches until `until`, one in flight; returns the latencies (ms) of batches sent after `from`. */
  async loop(batchSize: number, from: number, until: number, latencies: number[], counter: { events: number }): Promise<void> {
    while (performance.now() < until) {
      const time = new Date().toISOString();
      const parts: string[] = [];
      for (let i = 0; i < batchSize; i++) parts.push(eventJson(++this.seq, time));
      const reply = this.next();
      const t0 = performance.now();
      this.ws.send(`{"t":"events","batch":[${parts.join(',')}]}`);
      const r = await reply;
      const t1 = performance.now();
      if (r.t !== 'ack') throw new Error(`not acked: ${JSON.stringify(r)}`);
      if (t0 >= from && t1 <= until) {
        latencies.push(t1 - t0);
        counter.events += batchSize;
      }
    }
  }

  close(): void {
    this.ws.terminate();
  }
}
