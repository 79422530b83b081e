// LAN discovery: run one now, and what the scheduled runs did.
import { z } from 'zod';
import type { DiscoveredDevice, DiscoveryResult } from '../../discovery/discover.js';
import type { DiscoveryStatus } from '../../discovery/discovery-service.js';

export type { DiscoveredDevice, DiscoveryResult } from '../../discovery/discover.js';
export type { DiscoveryRunSummary, DiscoveryStatus } from '../../discovery/discovery-service.js';

export const discoveryMethods = {
  'discovery.run': z.object({}),
  'discovery.status': z.object({}),
} as const;

export interface DiscoveryRunResult {
  devices: DiscoveredDevice[];
  errors: DiscoveryResult['errors'];
  stats: DiscoveryResult['stats'];
  /** What the run changed in the asset ledger. */
  events: { new: number; changed: number; missing: number };
}

export interface DiscoveryResults {
  'discovery.run': DiscoveryRunResult;
  'discovery.status': DiscoveryStatus;
}
