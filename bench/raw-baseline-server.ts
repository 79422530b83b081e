// The honest baseline: the same TLS WebSocket server shape, but it only parses each message and
// appends its events to a file with the same group commit (one fdatasync per interval), then acks.
// No validation, no hashing, no sequence bookkeeping, no journal index.
import { open } from 'node:fs/promises';
import { createServer } from 'node:https';
import { WebSocketServer, type WebSocket } from 'ws';

const [file, certPath, keyPath, intervalArg] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const interval = Number(intervalArg ?? 20);
const fh = await open(file!, 'a');
let buffered: string[] = [];
let waiting: Array<{ ws: WebSocket; seq: number }> = [];
let committing = false;
let last = 0;

async function commit(): Promise<void> {
  if (committing || buffered.length === 0) return;
  committing = true;
  const wait = Math.max(0, last + interval - Date.now());
  if (wait) await new Promise((r) => setTimeout(r, wait));
  const lines = buffered;
  const acks = waiting;
  buffered = [];
  waiting = [];
  await fh.write(lines.join(''));
  await fh.datasync();
  last = Date.now();
  for (const a of acks) a.ws.send(`{"t":"ack","seq":${a.seq}}`);
  committing = false;
  if (buffered.length) void commit();
}

const server = createServer({ cert: readFileSync(certPath!), key: readFileSync(keyPath!) });
const wss = new WebSocketServer({ server, maxPayload: 4 * 1024 * 1024, perMessageDeflate: false });
wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString()) as { batch: Array<{ seq: number }> };
    for (const e of msg.batch) buffered.push(JSON.stringify(e) + '\n');
    waiting.push({ ws, seq: msg.batch[msg.batch.length - 1]!.seq });
    void commit();
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
