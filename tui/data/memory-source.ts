// An in-memory DataSource with the daemon's query semantics, for screen tests and demos.
import {
  checkSettings,
  MamoriError,
  mergeSettingsPatch,
  type AgentView,
  type Alert,
  type AssetDetail,
  type AssetView,
  type DayCount,
  type EventRecord,
  type Settings,
  type StatusResult,
  type TokenCreated,
} from '../../appliance/control/contract/index.js';
import type { DataSource, EventFilter, EventQuery } from './data-source.js';

export interface MemoryState {
  status: StatusResult;
  assets: AssetView[];
  inventories: Record<string, AssetDetail['inventory']>;
  events: EventRecord[];
  alerts: Alert[];
  agents: AgentView[];
  settings: Settings;
}

export class MemorySource implements DataSource {
  readonly calls: string[] = [];
  private readonly subs = new Set<{ filter: EventFilter; fn: (r: EventRecord[]) => void }>();
  private readonly closedHandlers = new Set<() => void>();
  private tokens = 0;
  /** Further checks a test wants the daemon to make (it validates against the contract's schema anyway). */
  validateSettings: (next: Settings) => void = () => {};

  constructor(readonly state: MemoryState) {}

  async status(): Promise<StatusResult> {
    this.calls.push('status');
    return this.state.status;
  }
  async assets(): Promise<AssetView[]> {
    this.calls.push('assets.list');
    return this.state.assets;
  }
  async asset(assetId: string): Promise<AssetDetail | null> {
    this.calls.push('assets.get');
    const asset = this.state.assets.find((a) => a.assetId === assetId);
    return asset ? { asset, inventory: this.state.inventories[assetId] ?? null } : null;
  }
  async events(q: EventQuery): Promise<EventRecord[]> {
    this.calls.push(`events.query ${JSON.stringify(q)}`);
    const order = q.order ?? 'desc';
    const matching = this.state.events.filter(
      (e) =>
        matches(e, q) &&
        (q.afterSeq === undefined || e.seq > q.afterSeq) &&
        (q.beforeSeq === undefined || e.seq < q.beforeSeq) &&
        (q.since === undefined || e.ts >= q.since) &&
        (q.until === undefined || e.ts < q.until),
    );
    matching.sort((a, b) => (order === 'asc' ? a.seq - b.seq : b.seq - a.seq));
    return matching.slice(0, q.limit ?? 100);
  }
  async eventsPerDay(days: number): Promise<DayCount[]> {
    const counts = new Map<string, number>();
    for (const e of this.state.events) counts.set(e.ts.slice(0, 10), (counts.get(e.ts.slice(0, 10)) ?? 0) + 1);
    const out: DayCount[] = [];
    const today = new Date();
    for (let i = days - 1; i >= 0; i--) {
      const d = new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10);
      out.push({ day: d, count: counts.get(d) ?? 0 });
    }
    return out;
  }
  async alerts(includeAcked: boolean): Promise<Alert[]> {
    return this.state.alerts.filter((a) => includeAcked || !a.ackedAt);
  }
  async ackAlert(id: string, note: string): Promise<void> {
    this.calls.push(`alerts.ack ${id} ${note}`);
    const alert = this.state.alerts.find((a) => a.id === id);
    if (!alert) throw new MamoriError('NOT_FOUND', `no alert ${id}`);
    Object.assign(alert, { ackedAt: new Date().toISOString(), ackedBy: 'tester', note });
  }
  async agents(): Promise<AgentView[]> {
    return this.state.agents;
  }
  async revokeAgent(agentId: string): Promise<void> {
    this.calls.push(`agents.revoke ${agentId}`);
    const agent = this.state.agents.find((a) => a.agentId === agentId);
    if (!agent) throw new MamoriError('NOT_FOUND', `no agent ${agentId}`);
    Object.assign(agent, { revokedAt: new Date().toISOString(), connected: false });
  }
  async createToken(uses: number, ttlMs: number): Promise<TokenCreated> {
    this.tokens++;
    const { fingerprint, serverUrls } = this.state.status;
    const token = `tok-${this.tokens}`;
    return {
      id: `t${this.tokens}`,
      token,
      expiresAt: new Date(Date.now() + ttlMs).toISOString(),
      usesLeft: uses,
      fingerprint,
      serverUrls,
      enrollCommand: `mamori-agent enroll --server ${serverUrls[0] ?? ''} --token ${token} --fingerprint ${fingerprint}`,
    };
  }
  async settings(): Promise<Settings> {
    return structuredClone(this.state.settings);
  }
  async updateSettings(patch: Record<string, unknown>): Promise<Settings> {
    this.calls.push(`settings.update ${JSON.stringify(patch)}`);
    const check = checkSettings(mergeSettingsPatch(this.state.settings, patch));
    if (!check.ok) throw new MamoriError('BAD_REQUEST', check.message, { field: check.field });
    const next = check.settings;
    this.validateSettings(next);
    this.state.settings = next;
    return structuredClone(next);
  }
  async subscribeEvents(filter: EventFilter, fn: (records: EventRecord[]) => void): Promise<() => void> {
    const sub = { filter, fn };
    this.subs.add(sub);
    return () => this.subs.delete(sub);
  }
  onClosed(fn: () => void): () => void {
    this.closedHandlers.add(fn);
    return () => this.closedHandlers.delete(fn);
  }
  close(): void {
    for (const fn of [...this.closedHandlers]) fn();
    this.closedHandlers.clear();
  }

  /** Test helper: journal new records and push them to subscribers, as the daemon does. */
  append(...records: EventRecord[]): void {
    this.state.events.push(...records);
    for (const s of this.subs) {
      const mine = records.filter((r) => matches(r, s.filter));
      if (mine.length) s.fn(mine);
    }
  }

  get subscriberCount(): number {
    return this.subs.size;
  }
}

function matches(e: EventRecord, f: EventFilter): boolean {
  return (f.asset === undefined || e.src === f.asset) && (f.kind === undefined || e.kind === f.kind);
}

