import { createServer as createHttpsServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { KeyedQueue } from '../../common/keyed-queue.js';
import { journalEvent } from '../journal/index.js';
import { AGENT_PATH, CloseCode, Limits, type EventsMsg } from '../../protocol/wire.js';
import { AgentSession, type SessionHost } from './agent-session.js';
import type { HubContext } from './hub-context.js';
import { TokenBucket } from './token-bucket.js';

export interface AgentHubOptions {
  host: string;
  port: number;
  certPem: string;
  keyPem: string;
  heartbeatMs?: number;
}

/** The WSS endpoint agents connect to. Only enrolled keys get past the nonce. */
export class AgentHub implements SessionHost {
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private stopping = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly sessions = new Set<AgentSession>();
  private readonly live = new Map<string, AgentSession>();
  private readonly queues = new KeyedQueue<string>();
  private readonly buckets = new Map<string, { rate: number; burst: number; bucket: TokenBucket }>();
  address: { host: string; port: number } | null = null;

  constructor(
    readonly ctx: HubContext,
    private readonly options: AgentHubOptions,
  ) {}

  get connectedCount(): number {
    return this.live.size;
  }

  isConnected(agentId: string): boolean {
    return this.live.has(agentId);
  }

  async start(): Promise<void> {
    const wss = new WebSocketServer({ noServer: true, maxPayload: Limits.maxMessageBytes, perMessageDeflate: false });
    const server = createHttpsServer({ cert: this.options.certPem, key: this.options.keyPem, minVersion: 'TLSv1.2' }, (_req, res) => {
      res.writeHead(426, { 'content-type': 'text/plain' }).end('Mamori agents connect with WebSocket at ' + AGENT_PATH + '\n');
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => {});
      if (this.stopping) return void socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      if (new URL(req.url ?? '/', 'https://box').pathname !== AGENT_PATH)
        return void socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      wss.handleUpgrade(req, socket, head, (ws) => {
        const remote = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
        const session = new AgentSession(ws, remote, this);
        this.sessions.add(session);
      });
    });
    server.on('tlsClientError', () => {});
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const addr = server.address();
    if (addr && typeof addr === 'object') this.address = { host: addr.address, port: addr.port };
    this.server = server;
    this.wss = wss;
    const every = this.options.heartbeatMs ?? 30_000;
    this.heartbeat = setInterval(() => this.beat(), every);
    this.heartbeat.unref();
  }

  /** Stops accepting, waits for batches in flight (so their acks go out), then closes every agent. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const server = this.server;
    const closed = server ? new Promise<void>((r) => server.close(() => r())) : Promise.resolve();
    await this.queues.idle();
    for (const s of this.sessions) s.close(CloseCode.goingAway, 'the box is shutting down');
    server?.closeAllConnections();
    this.wss?.close();
    await closed;
  }

  claim(session: AgentSession): void {
    const id = session.agentId!;
    const old = this.live.get(id);
    this.live.set(id, session);
    if (old && old !== session) {
      old.close(CloseCode.replaced, 'a newer connection for this agent took over');
      void this.ctx.journal
        .append([journalEvent(id, 'security.session_replaced', { oldRemote: old.remote, newRemote: session.remote })])
        .catch((err) => this.ctx.log.error('could not journal session replacement', { err }));
      this.ctx.log.warn('agent session replaced by a newer connection', { agent: id, old: old.remote, new: session.remote });
    }
  }

  release(session: AgentSession): void {
    this.sessions.delete(session);
    if (session.agentId && this.live.get(session.agentId) === session) this.live.delete(session.agentId);
  }

  /** Sends the current policy to every authenticated agent (after the policy store took a new version). */
  pushPolicy(): number {
    for (const s of this.live.values()) s.sendPolicy();
    return this.live.size;
  }

  /** Close an agent's live connection, e.g. after its key was revoked. */
  disconnect(agentId: string, code: number, reason: string): void {
    this.live.get(agentId)?.close(code, reason);
  }

  serial<T>(agentId: string, work: () => Promise<T>): Promise<T> {
    return this.queues.run(agentId, work);
  }

  rateCheck(agentId: string, events: number) {
    // Read the setting each time so an administrator's change applies without a restart.
    const { eventsPerSecond, burst } = this.ctx.state.data.settings.rateLimit;
    let entry = this.buckets.get(agentId);
    if (!entry || entry.rate !== eventsPerSecond || entry.burst !== burst) {
      entry = { rate: eventsPerSecond, burst, bucket: new TokenBucket(eventsPerSecond, burst) };
      this.buckets.set(agentId, entry);
    }
    return entry.bucket.take(events);
  }

  ingest(agentId: string, assetId: string, msg: EventsMsg): Promise<number> {
    return this.serial(agentId, () => this.ctx.ingest(agentId, assetId, msg.batch));
  }

  private beat(): void {
    for (const s of this.sessions) {
      if (!s.alive) {
        this.ctx.log.info('agent missed a heartbeat; dropping the connection', { agent: s.agentId, remote: s.remote });
        s.ws.terminate();
        continue;
      }
      s.alive = false;
      s.ws.ping();
    }
  }
}
