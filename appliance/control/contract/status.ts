// status: what the daemon is, where it listens, and who is asking.
import { z } from 'zod';

export const statusMethods = {
  status: z.object({}),
} as const;

export interface StatusResult {
  version: string;
  protocol: number;
  pid: number;
  dataDir: string;
  startedAt: string;
  listen: { host: string; port: number };
  serverUrls: string[];
  fingerprint: string;
  agentsConnected: number;
  journal: { lastSeq: number };
  /** The OS user the daemon saw on this connection. */
  user: string;
}

export interface StatusResults {
  status: StatusResult;
}
