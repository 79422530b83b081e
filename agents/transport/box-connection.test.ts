// A real WSS server on loopback with the box's own TLS: policy pushes interleaved with replies must
// reach the push handler, and next() must only ever see replies.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger } from '../../common/log.js';
import type { BoxMsg, PolicyMsg } from '../../protocol/wire.js';
import { ensureBoxTls } from '../../appliance/tls/box-tls.js';
import { BoxConnection } from './box-connection.js';

let dir: string;
let server: Server;
let wss: WebSocketServer;
let url: string;
let fingerprint: string;
let caPem: string;
let onClient: (ws: WebSocket) => void = () => {};

const policy = (version: number): PolicyMsg => ({ t: 'policy', version, policy: { scan: { paths: [], intervalHours: 24 } } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-conn-'));
  const tls = await ensureBoxTls(join(dir, 'tls'), { hostnames: ['localhost'], addresses: ['127.0.0.1'], logger: createLogger('tls', { write: () => {} }) });
  fingerprint = tls.fingerprint;
  caPem = tls.caPem;
  server = createServer({ cert: tls.certPem, key: tls.keyPem });
  wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => onClient(ws));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `wss://127.0.0.1:${(server.address() as { port: number }).port}/agent`;
});
afterAll(async () => {
  wss.close();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe('BoxConnection', () => {
  it('routes pushes to the handler, early ones included, and keeps replies in order for next()', async () => {
    onClient = (ws) => {
      const send = (m: BoxMsg) => ws.send(JSON.stringify(m));
      send({ t: 'hello', v: 1, nonce: 'n', box: fingerprint });
      send(policy(1)); // before anyone listens for pushes
      send({ t: 'ack', seq: 1 });
      send(policy(2)); // between two replies
      send({ t: 'ack', seq: 2 });
    };
    const conn = await BoxConnection.open(url, fingerprint, caPem);
    try {
      expect((await conn.next()).t).toBe('hello');
      expect(await conn.next()).toEqual({ t: 'ack', seq: 1 });
      expect(await conn.next()).toEqual({ t: 'ack', seq: 2 });
      const pushed: number[] = [];
      conn.onPush((m) => pushed.push(m.version));
      expect(pushed).toEqual([1, 2]);
    } finally {
      conn.close();
    }
  });

  it('delivers a push that arrives while next() is waiting without resolving it', async () => {
    let client: WebSocket | null = null;
    onClient = (ws) => (client = ws);
    const conn = await BoxConnection.open(url, fingerprint, caPem);
    try {
      const pushed: number[] = [];
      conn.onPush((m) => pushed.push(m.version));
      const reply = conn.next(5000);
      while (!client) await new Promise((r) => setTimeout(r, 10));
      const ws = client as WebSocket;
      ws.send(JSON.stringify(policy(7)));
      await new Promise((r) => setTimeout(r, 50));
      expect(pushed).toEqual([7]);
      ws.send(JSON.stringify({ t: 'ack', seq: 9 }));
      expect(await reply).toEqual({ t: 'ack', seq: 9 });
    } finally {
      conn.close();
    }
  });
});
