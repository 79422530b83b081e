import { join } from 'node:path';
import { authPayload, FATAL_CLOSE_CODES, INVENTORY_KIND, Limits, PROTOCOL_VERSION, stableStringify, type AgentEvent, type PolicyMsg } from '../../protocol/wire.js';
import { collectInventory } from '../collectors/inventory.js';
import { loadKey, signPayload, type AgentKey } from '../identity/agent-key.js';
import { Spool } from '../spool/spool.js';
import type { JsonStore } from '../../common/json-store.js';
import type { Logger } from '../../common/log.js';
import { openAgentState, type AgentStateFile } from '../state/agent-state.js';
import { BoxConnection, ConnectionClosedError } from '../transport/box-connection.js';
import { agentUrl } from '../transport/enroll.js';
import { Backoff } from './backoff.js';
import { inventoryDelta } from './inventory-delta.js';
import { applyPolicy, policyAppliedEvent } from './policy-apply.js';
import type { SpoolItemLike } from './scan-events.js';
import { ScanSchedule } from './scan-schedule.js';

export interface AgentServiceOptions {
  stateDir: string;
  /** Overrides the enrolled server address (the box moved, or a test picked a new port). */
  server?: string;
  collectEveryMs?: number;
  fullEveryMs?: number;
  /** Diagnostic load: emit this many `agent.synthetic` events per second (capacity and durability checks). */
  syntheticRate?: number;
  batchSize?: number;
  log: Logger;
}

export class AgentFatalError extends Error {}

/** The agent service: collect into the spool, keep a session to the box, send until acknowledged. */
export class AgentService {
  private stopping = false;
  private conn: BoxConnection | null = null;
  private wake: (() => void) | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stateFile!: JsonStore<AgentStateFile>;
  private key!: AgentKey;
  private spool!: Spool;
  private forceFull = false;
  private collecting: Promise<void> = Promise.resolve();
  private collectTimer: NodeJS.Timeout | null = null;
  private scans!: ScanSchedule;
  private policyQueue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: AgentServiceOptions) {}

  /** agent.json as last written (inventory, policy and scans update it one change at a time). */
  private get state(): AgentStateFile {
    return this.stateFile.data;
  }

  async run(): Promise<void> {
    const stateFile = await openAgentState(this.opts.stateDir);
    const key = await loadKey(this.opts.stateDir);
    if (!stateFile || !key) throw new AgentFatalError(`this agent is not enrolled (no state in ${this.opts.stateDir}); run: mamori-agent enroll --server wss://BOX:PORT --token TOKEN --fingerprint SHA256:...`);
    this.stateFile = stateFile;
    const state = stateFile.data;
    this.key = key;
    this.spool = await Spool.open(join(this.opts.stateDir, 'spool'), { onWarning: (msg, fields) => this.opts.log.warn(msg, fields) });
    this.opts.log.info('agent starting', { agent: state.agentId, server: this.opts.server ?? state.server, pending: this.spool.pendingCount });
    this.setCollectEveryMs(this.opts.collectEveryMs ?? 15 * 60_000, true);
    this.scans = new ScanSchedule({
      log: this.opts.log,
      emit: (items) => this.emit(items),
      onFinished: (at) => this.stateFile.update((s) => void (s.lastScanAt = at)),
    });
    // The last policy holds while the box is out of reach (offline first).
    if (state.policy) await applyPolicy(state.policy.policy, this.policyTargets(), state.lastScanAt ?? new Date(0).toISOString());
    if (this.opts.syntheticRate) this.startSynthetic(this.opts.syntheticRate);
    try {
      await this.connectLoop();
    } finally {
      for (const t of this.timers) clearInterval(t);
      if (this.collectTimer) clearInterval(this.collectTimer);
      await this.scans.stop();
      await this.collecting.catch(() => {});
      await this.policyQueue;
      await this.stateFile.close();
      await this.spool.close();
    }
  }

  private policyTargets() {
    return { scans: this.scans, setCollectEveryMs: (ms: number) => this.setCollectEveryMs(ms, false) };
  }

  private setCollectEveryMs(everyMs: number, now: boolean): void {
    if (this.collectTimer) clearInterval(this.collectTimer);
    const run = () => void this.collect().catch((err) => this.opts.log.error('scheduled work failed', { err }));
    if (now) run();
    this.collectTimer = setInterval(run, everyMs);
  }

  /** Queues events durably and wakes the sender; the spool takes at most a batch's worth at a time. */
  private async emit(items: SpoolItemLike[]): Promise<void> {
    for (let i = 0; i < items.length; i += Limits.maxEventsPerBatch) await this.spool.add(items.slice(i, i + Limits.maxEventsPerBatch));
    this.wake?.();
  }

  /** A policy from the box: a version we do not hold yet is stored, applied (scanning at once) and reported. */
  private onPolicy(msg: PolicyMsg): Promise<void> {
    this.policyQueue = this.policyQueue.then(async () => {
      const held = this.state.policy;
      if (this.stopping || (held && held.version === msg.version && stableStringify(held.policy) === stableStringify(msg.policy))) return;
      await this.stateFile.update((s) => void (s.policy = { version: msg.version, policy: msg.policy, receivedAt: new Date().toISOString() }));
      const results = await applyPolicy(msg.policy, this.policyTargets());
      this.opts.log.info('policy applied', { version: msg.version, rules: results.map((r) => `${r.rule}:${r.status}`).join(',') });
      await this.emit([policyAppliedEvent(msg.version, results)]);
    }).catch((err) => this.opts.log.error('could not apply the policy', { err }));
    return this.policyQueue;
  }

  stop(): void {
    this.stopping = true;
    this.conn?.close();
    this.wake?.();
  }

  private schedule(fn: () => Promise<void> | void, everyMs: number, now: boolean): void {
    const run = () => void Promise.resolve(fn()).catch((err) => this.opts.log.error('scheduled work failed', { err }));
    if (now) run();
    this.timers.push(setInterval(run, everyMs));
  }

  private collect(): Promise<void> {
    this.collecting = this.collecting.then(async () => {
      if (this.stopping) return;
      const { sections, errors } = await collectInventory();
      for (const e of errors) this.opts.log.warn('collector failed', { topic: e.topic, message: e.message });
      const fullEvery = this.opts.fullEveryMs ?? 24 * 3600_000;
      const last = this.state.lastFullInventoryAt ? Date.parse(this.state.lastFullInventoryAt) : 0;
      const fullDue = this.forceFull || Date.now() - last >= fullEvery;
      const { report, hashes } = inventoryDelta(sections, this.state.sentInventory, fullDue);
      if (!report) return;
      await this.spool.add([{ kind: INVENTORY_KIND, data: report as unknown as Record<string, unknown> }]);
      this.forceFull = false;
      await this.stateFile.update((s) => {
        s.sentInventory = hashes;
        if (report.full) s.lastFullInventoryAt = new Date().toISOString();
      });
      this.opts.log.info('inventory queued', { full: report.full, sections: Object.keys(report.sections).join(',') });
      this.wake?.();
    });
    return this.collecting;
  }

  private startSynthetic(rate: number): void {
    const tickMs = 100;
    let n = 0;
    const pad = 'x'.repeat(200);
    this.schedule(async () => {
      const count = Math.max(1, Math.round((rate * tickMs) / 1000));
      const items = Array.from({ length: count }, () => ({ kind: 'agent.synthetic', data: { n: ++n, pad } }));
      await this.spool.add(items);
      this.wake?.();
    }, tickMs, false);
  }

  private async connectLoop(): Promise<void> {
    const backoff = new Backoff();
    while (!this.stopping) {
      try {
        await this.session(backoff);
      } catch (err) {
        if (err instanceof ConnectionClosedError && FATAL_CLOSE_CODES.has(err.code))
          throw new AgentFatalError(`the box refused this agent: ${err.reason || err.code}; re-enroll it`);
        if (err instanceof AgentFatalError) throw err;
        if (this.stopping) break;
        this.opts.log.warn('connection to the box lost', { err: err instanceof Error ? err.message : String(err) });
      }
      if (this.stopping) break;
      const wait = backoff.next();
      this.opts.log.info('reconnecting', { inMs: wait });
      await new Promise<void>((r) => {
        const t = setTimeout(r, wait);
        this.wake = () => {
          if (this.stopping) {
            clearTimeout(t);
            r();
          }
        };
      });
    }
  }

  private async session(backoff: Backoff): Promise<void> {
    const fp = this.state.fingerprint;
    const conn = await BoxConnection.open(agentUrl(this.opts.server ?? this.state.server), fp, this.state.caPem);
    this.conn = conn;
    const watchdog = setInterval(() => {
      if (Date.now() - conn.lastHeard > 90_000) conn.terminate();
    }, 5000);
    try {
      const hello = await conn.next();
      if (hello.t !== 'hello') throw new Error(`expected hello, got ${hello.t}`);
      conn.send({ t: 'auth', v: PROTOCOL_VERSION, agentId: this.key.agentId, sig: signPayload(this.key, authPayload('session', hello.nonce, fp)) });
      const ready = await conn.next();
      if (ready.t === 'error') throw new ConnectionClosedError((await conn.closed).code, ready.message);
      if (ready.t !== 'ready') throw new Error(`expected ready, got ${ready.t}`);
      backoff.reset();
      if (ready.ackSeq < this.spool.ackedSeq)
        this.opts.log.warn('the box holds less than it acknowledged before (restored from a backup?)', { box: ready.ackSeq, acked: this.spool.ackedSeq });
      await this.spool.ack(Math.min(ready.ackSeq, this.spool.lastSeq));
      if (differs(ready.inventory, this.state.sentInventory)) {
        this.forceFull = true;
        void this.collect();
      }
      conn.onPush((m) => void this.onPolicy(m));
      this.opts.log.info('connected to the box', { ackSeq: ready.ackSeq, pending: this.spool.pendingCount });
      await this.sendLoop(conn, Math.max(ready.ackSeq, this.spool.ackedSeq));
    } finally {
      clearInterval(watchdog);
      this.conn = null;
      conn.terminate();
    }
  }

  private async sendLoop(conn: BoxConnection, fromSeq: number): Promise<void> {
    let cursor = fromSeq;
    const closed = conn.closed.then((e) => {
      throw e;
    });
    closed.catch(() => {});
    while (!this.stopping) {
      // Leave room for the envelope: the box closes connections whose message passes the limit.
      const batch: AgentEvent[] = await this.spool.pending(cursor, this.opts.batchSize ?? 100, Limits.maxMessageBytes - 64 * 1024);
      if (batch.length === 0) {
        await Promise.race([new Promise<void>((r) => (this.wake = r)), closed]);
        continue;
      }
      conn.send({ t: 'events', batch });
      const reply = await conn.next(60_000);
      if (reply.t === 'ack') {
        await this.spool.ack(reply.seq);
        cursor = Math.max(cursor, reply.seq);
        this.opts.log.debug('ack', { seq: reply.seq });
      } else if (reply.t === 'error' && reply.code === 'rate_limited') {
        await new Promise((r) => setTimeout(r, reply.retryAfterMs ?? 1000));
      } else if (reply.t === 'error') {
        throw new Error(`the box refused a batch: ${reply.message}`);
      }
    }
  }
}

function differs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length !== Object.keys(b).length || ka.some((k) => a[k] !== b[k]);
}
