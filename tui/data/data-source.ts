// What the screens need from the daemon. The real source wraps the control client; tests use the
// in-memory source, which implements the same interface, so screens never know which one they talk to.
import type { Agent, Alert, Asset, AssetDetail, DayCount, EventQuery, EventRecord, Settings, StatusResult, TokenCreated } from './types.js';

export interface EventFilter {
  asset?: string;
  kind?: string;
}

export interface DataSource {
  status(): Promise<StatusResult>;
  assets(): Promise<Asset[]>;
  /** null when the daemon does not know the asset. */
  asset(assetId: string): Promise<AssetDetail | null>;
  events(query: EventQuery): Promise<EventRecord[]>;
  eventsPerDay(days: number): Promise<DayCount[]>;
  alerts(includeAcked: boolean): Promise<Alert[]>;
  ackAlert(id: string, note: string): Promise<void>;
  agents(): Promise<Agent[]>;
  revokeAgent(agentId: string): Promise<void>;
  createToken(uses: number, ttlMs: number): Promise<TokenCreated>;
  settings(): Promise<Settings>;
  updateSettings(patch: Record<string, unknown>): Promise<Settings>;
  /** Pushes new journal records as they are written; resolves to a function that stops the feed. */
  subscribeEvents(filter: EventFilter, onRecords: (records: EventRecord[]) => void): Promise<() => void>;
  /** Called once when the connection is lost; returns a function that removes the handler. */
  onClosed(fn: () => void): () => void;
  close(): void;
}
