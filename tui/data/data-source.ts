// What the screens need from the daemon. The real source wraps the control client; tests use the
// in-memory source, which implements the same interface, so screens never know which one they talk to.
// The shapes are the control contract's (appliance/control/contract): declared once, for box and TUI.
import type {
  AgentView,
  Alert,
  AssetDetail,
  AssetView,
  DayCount,
  EventRecord,
  MethodParams,
  Settings,
  StatusResult,
  TokenCreated,
} from '../../appliance/control/contract/index.js';

export type EventFilter = MethodParams<'events.subscribe'>;
export type EventQuery = MethodParams<'events.query'>;

export interface DataSource {
  /** The OS user the daemon saw on the socket (shown in the header), when there is one. */
  readonly user?: string;
  status(): Promise<StatusResult>;
  assets(): Promise<AssetView[]>;
  /** null when the daemon does not know the asset. */
  asset(assetId: string): Promise<AssetDetail | null>;
  events(query: EventQuery): Promise<EventRecord[]>;
  eventsPerDay(days: number): Promise<DayCount[]>;
  alerts(includeAcked: boolean): Promise<Alert[]>;
  ackAlert(id: string, note: string): Promise<void>;
  agents(): Promise<AgentView[]>;
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
