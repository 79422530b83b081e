// Result shapes of the daemon's control API as the TUI reads them (the contract agreed in issue 5).
export type { StatusResult, TokenCreated } from '../../appliance/control/api.js';

export interface AssetFlag {
  code: string;
  message: string;
  since: string;
  other?: string;
}

export interface Asset {
  assetId: string;
  kind: 'pc' | 'device';
  name: string;
  hostname?: string;
  macs: string[];
  ips: string[];
  os?: string;
  vendor?: string;
  model?: string;
  serial?: string;
  type?: string;
  firstSeen: string;
  lastSeen: string;
  flags: AssetFlag[];
  agentId?: string;
  connected?: boolean;
  posture?: Record<string, unknown>;
}

export interface InventorySection {
  hash: string;
  data: unknown;
  updatedAt: string;
}

export interface AssetDetail {
  asset: Asset;
  inventory: { sections: Record<string, InventorySection> } | null;
}

export interface EventRecord {
  seq: number;
  ts: string;
  src: string;
  kind: string;
  aseq?: number;
  data: unknown;
  h: string;
}

export interface DayCount {
  day: string;
  count: number;
}

export interface Alert {
  id: string;
  at: string;
  kind: string;
  assetId?: string;
  message: string;
  ackedAt?: string;
  ackedBy?: string;
  note?: string;
}

export interface Agent {
  agentId: string;
  assetId: string;
  enrolledAt: string;
  revokedAt?: string;
  connected: boolean;
  hostname?: string;
}

export interface Settings {
  retentionDays: number;
  rateLimit: unknown;
  discovery: {
    enabled: boolean;
    interfaces: string[];
    targets: string[];
    communities: string[];
    intervalMinutes: number;
    browseWindowMs: number;
    missingAfterMinutes: number;
  };
  scan: { paths: string[]; intervalHours: number };
}

/** Filters of events.query / events.subscribe that the TUI uses. */
export interface EventQuery {
  since?: string;
  until?: string;
  asset?: string;
  kind?: string;
  afterSeq?: number;
  beforeSeq?: number;
  limit?: number;
  order?: 'asc' | 'desc';
}
