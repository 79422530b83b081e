// The DataSource backed by the daemon's control socket.
import { ControlClient } from '../../appliance/control/control-client.js';
import { isMamoriError, type AgentView, type Alert, type AssetDetail, type AssetView, type DayCount, type EventRecord, type Settings, type StatusResult, type TokenCreated } from '../../appliance/control/contract/index.js';
import type { DataSource, EventFilter, EventQuery } from './data-source.js';

export class ControlSource implements DataSource {
  private closed = false;
  private constructor(private readonly client: ControlClient) {
    client.onClosed(() => (this.closed = true));
  }

  static async connect(socketPath: string): Promise<ControlSource> {
    return new ControlSource(await ControlClient.connect(socketPath));
  }

  /** The OS user the daemon saw on the socket (shown in the header). */
  get user(): string {
    return this.client.user;
  }

  async status(): Promise<StatusResult> {
    return this.client.call('status', {});
  }
  async assets(): Promise<AssetView[]> {
    return this.client.call('assets.list', {});
  }
  async asset(assetId: string): Promise<AssetDetail | null> {
    try {
      return await this.client.call('assets.get', { assetId });
    } catch (e) {
      if (isMamoriError(e, 'NOT_FOUND')) return null;
      throw e;
    }
  }
  async events(query: EventQuery): Promise<EventRecord[]> {
    return this.client.call('events.query', query);
  }
  async eventsPerDay(days: number): Promise<DayCount[]> {
    return this.client.call('events.perDay', { days });
  }
  async alerts(includeAcked: boolean): Promise<Alert[]> {
    return this.client.call('alerts.list', { includeAcked });
  }
  async ackAlert(id: string, note: string): Promise<void> {
    await this.client.call('alerts.ack', { id, note });
  }
  async agents(): Promise<AgentView[]> {
    return this.client.call('agents.list', {});
  }
  async revokeAgent(agentId: string): Promise<void> {
    await this.client.call('agents.revoke', { agentId });
  }
  async createToken(uses: number, ttlMs: number): Promise<TokenCreated> {
    return this.client.call('token.create', { uses, ttlMs });
  }
  async settings(): Promise<Settings> {
    return this.client.call('settings.get', {});
  }
  async updateSettings(patch: Record<string, unknown>): Promise<Settings> {
    await this.client.call('settings.update', { patch });
    // Read back what the daemon stored rather than trusting our own merge.
    return this.settings();
  }
  async subscribeEvents(filter: EventFilter, onRecords: (records: EventRecord[]) => void): Promise<() => void> {
    // The client keeps delivering a subscription's records until the daemon confirms; drop them here.
    let active = true;
    const sub = await this.client.subscribe(filter, (records) => {
      if (active) onRecords(records);
    });
    return () => {
      active = false;
      this.client.call('events.unsubscribe', { sub }).catch(() => {
        // The connection is gone; the daemon drops its subscriptions with it.
      });
    };
  }
  onClosed(fn: () => void): () => void {
    let active = true;
    const call = () => {
      if (active) fn();
    };
    // An early connection may have closed before anyone listened; they still need to hear it.
    if (this.closed) queueMicrotask(call);
    else this.client.onClosed(call);
    return () => {
      active = false;
    };
  }
  close(): void {
    this.client.close();
  }
}
