import { createPublicKey, randomBytes, verify } from 'node:crypto';
import type { WebSocket } from 'ws';
import {
  AgentMsg,
  authPayload,
  CloseCode,
  issuePath,
  Limits,
  PROTOCOL_VERSION,
  type AuthMsg,
  type BoxMsg,
  type EnrollMsg,
  type EventsMsg,
} from '../../protocol/wire.js';
import { enrollAgent } from './enroll.js';
import type { HubContext } from './hub-context.js';
import { BatchRefused } from '../ingest/ingest-batch.js';
import { journalEvent, type EventData } from '../journal/index.js';
import { MAX_FAILURES_PER_CONNECTION } from './refusals.js';

export interface SessionHost {
  ctx: HubContext;
  /** Registers an authenticated session; closes an older one for the same agent. */
  claim(session: AgentSession): void;
  release(session: AgentSession): void;
  /** Runs work for one agent strictly after that agent's earlier work. */
  serial<T>(agentId: string, work: () => Promise<T>): Promise<T>;
  rateCheck(agentId: string, events: number): { ok: true } | { ok: false; retryAfterMs: number };
  ingest(agentId: string, assetId: string, msg: EventsMsg): Promise<number>;
}

type Phase = 'hello' | 'busy' | 'ready' | 'closed';
type SecurityKind = 'security.enroll_refused' | 'security.auth_refused' | 'security.bad_message';

/** One agent connection: nonce, enrollment or authentication, then batches and acks. */
export class AgentSession {
  readonly nonce = randomBytes(32).toString('base64');
  agentId: string | null = null;
  assetId: string | null = null;
  private phase: Phase = 'hello';
  private failures = 0;
  private readonly authTimer: NodeJS.Timeout;
  alive = true;

  constructor(
    readonly ws: WebSocket,
    readonly remote: string,
    private readonly host: SessionHost,
  ) {
    this.send({ t: 'hello', v: PROTOCOL_VERSION, nonce: this.nonce, box: host.ctx.fingerprint });
    this.authTimer = setTimeout(() => this.close(CloseCode.authTimeout, 'no authentication within the time limit'), Limits.authTimeoutMs);
    ws.on('message', (raw, isBinary) => void this.onMessage(raw as Buffer, isBinary));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.onClosed());
    ws.on('error', (err) => this.onSocketError(err));
  }

  close(code: number, reason: string): void {
    if (this.phase === 'closed') return;
    this.phase = 'closed';
    clearTimeout(this.authTimer);
    this.ws.close(code, reason.slice(0, 120));
  }

  private send(msg: BoxMsg): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(msg));
  }

  private async onMessage(raw: Buffer, isBinary: boolean): Promise<void> {
    if (this.phase === 'closed') return;
    if (isBinary) return this.refuse('bad_message', '', 'binary frames are not accepted; send JSON text');
    let value: unknown;
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch {
      return this.refuse('bad_json', '', 'the message is not valid JSON');
    }
    const parsed = AgentMsg.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issuePath(issue.path);
      return this.refuse('bad_message', path, `${path || 'message'}: ${issue.message}`);
    }
    const msg = parsed.data;
    try {
      if (msg.t === 'enroll' || msg.t === 'auth') {
        if (this.phase !== 'hello') return this.refuse('bad_state', 't', `"${msg.t}" is only accepted once, right after hello`);
        this.phase = 'busy';
        clearTimeout(this.authTimer);
        if (msg.v !== PROTOCOL_VERSION) return this.close(CloseCode.versionMismatch, `protocol ${msg.v} is not supported; the box speaks ${PROTOCOL_VERSION}`);
        return msg.t === 'enroll' ? await this.onEnroll(msg) : await this.onAuth(msg);
      }
      if (this.phase !== 'ready') return this.refuse('not_authenticated', 't', 'authenticate before sending events');
      this.onEvents(msg);
    } catch (err) {
      this.host.ctx.log.error('agent message failed', { agent: this.agentId, remote: this.remote, err });
      this.send({ t: 'error', code: 'internal', message: 'the box could not process this message; it will be retried' });
    }
  }

  private async onEnroll(msg: EnrollMsg): Promise<void> {
    const { ctx } = this.host;
    const outcome = await enrollAgent(ctx, msg, this.nonce, this.remote);
    if (!outcome.ok) {
      await this.security('security.enroll_refused', { reason: outcome.reason, message: outcome.message, hostname: msg.hints.hostname });
      this.send({ t: 'error', code: outcome.reason, message: outcome.message });
      return this.close(CloseCode.enrollRefused, outcome.message);
    }
    await ctx.journal.append([
      journalEvent(outcome.agentId, 'agent.enrolled', { assetId: outcome.assetId, hostname: msg.hints.hostname, remote: this.remote, hints: msg.hints }),
      ...outcome.collisions.map((c) => journalEvent('system', 'identity.collision', { assetId: outcome.assetId, with: c })),
    ]);
    ctx.log.info('agent enrolled', { agent: outcome.agentId, hostname: msg.hints.hostname, remote: this.remote });
    this.send({ t: 'enrolled', agentId: outcome.agentId, assetId: outcome.assetId, ca: ctx.caPem });
    this.close(CloseCode.enrolled, 'enrolled; reconnect to authenticate');
  }

  private async onAuth(msg: AuthMsg): Promise<void> {
    const { ctx } = this.host;
    const agent = ctx.state.data.agents.find((a) => a.agentId === msg.agentId);
    if (!agent) return this.denied(CloseCode.unknownKey, 'unknown_key', `agent ${msg.agentId} is not enrolled on this box`, msg.agentId);
    if (agent.revokedAt) return this.denied(CloseCode.revokedKey, 'revoked_key', `agent ${msg.agentId} was revoked at ${agent.revokedAt}`, msg.agentId);
    const key = createPublicKey({ key: Buffer.from(agent.publicKey, 'base64'), format: 'der', type: 'spki' });
    const ok = verify(null, authPayload('session', this.nonce, ctx.fingerprint), key, Buffer.from(msg.sig, 'base64'));
    if (!ok) return this.denied(CloseCode.badSignature, 'bad_signature', "the signature does not match this connection's nonce", msg.agentId);
    this.agentId = agent.agentId;
    this.assetId = agent.assetId;
    this.host.claim(this);
    await ctx.journal.flushed();
    const ackSeq = ctx.journal.maxAseq(agent.agentId);
    const inventory = await ctx.inventoryHashes(agent.assetId);
    this.touch();
    if (this.phase === 'closed') return;
    this.phase = 'ready';
    this.send({ t: 'ready', agentId: agent.agentId, assetId: agent.assetId, ackSeq, inventory });
    this.sendPolicy();
  }

  /** The current policy; agents take it at any time, and it is sent after `ready` and on every change. */
  sendPolicy(): void {
    if (this.phase === 'ready') this.send(this.host.ctx.policyMessage());
  }

  /** Not async on purpose: nothing here keeps the batch alive while its fsync runs. */
  private onEvents(msg: EventsMsg): void {
    const agentId = this.agentId!;
    const rate = this.host.rateCheck(agentId, msg.batch.length);
    if (!rate.ok) {
      this.send({ t: 'error', code: 'rate_limited', message: 'too many events; retry later', retryAfterMs: rate.retryAfterMs });
      return;
    }
    this.host.ingest(agentId, this.assetId!, msg).then(
      (seq) => {
        this.send({ t: 'ack', seq });
        this.touch();
      },
      (err: unknown) => {
        if (err instanceof BatchRefused) return void this.refuse('bad_message', err.path, `${err.path}: ${err.message}`);
        this.host.ctx.log.error('agent batch failed', { agent: agentId, remote: this.remote, err });
        this.send({ t: 'error', code: 'internal', message: 'the box could not store this batch; it will be retried' });
      },
    );
  }

  private touch(): void {
    const asset = this.host.ctx.state.data.assets.find((a) => a.assetId === this.assetId);
    if (!asset) return;
    asset.lastSeen = new Date().toISOString();
    this.host.ctx.state.scheduleWrite();
  }

  private async denied(code: number, reason: string, message: string, claimed: string): Promise<void> {
    await this.security('security.auth_refused', { reason, message, claimedAgentId: claimed });
    this.send({ t: 'error', code: reason, message });
    this.close(code, message);
  }

  private async refuse(code: string, path: string, message: string): Promise<void> {
    const failures = ++this.failures;
    this.send({ t: 'error', code, message, ...(path ? { path } : {}) });
    // Decide before awaiting the journal: messages keep arriving meanwhile.
    if (failures >= MAX_FAILURES_PER_CONNECTION) this.close(CloseCode.policyViolation, `too many invalid messages (${failures})`);
    await this.security('security.bad_message', { code, path, message, failures });
  }

  private async security<K extends SecurityKind>(kind: K, data: Omit<EventData[K], 'remote'>): Promise<void> {
    const { ctx } = this.host;
    ctx.log.warn(kind, { agent: this.agentId, remote: this.remote, ...data });
    if (!ctx.refusals.allowJournal(this.agentId !== null)) return;
    try {
      await ctx.journal.append([journalEvent(this.agentId ?? `remote:${this.remote}`, kind, { remote: this.remote, ...data } as EventData[K])]);
    } catch (err) {
      ctx.log.error('could not journal a security event', { kind, err });
    }
  }

  private onSocketError(err: Error & { code?: string }): void {
    // ws reports oversized frames here (and closes with 1009); make them visible like other refusals.
    void this.security('security.bad_message', { code: err.code ?? 'socket_error', message: err.message });
  }

  private onClosed(): void {
    this.phase = 'closed';
    clearTimeout(this.authTimer);
    this.host.release(this);
  }
}
