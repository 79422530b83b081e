// status: what this daemon is and where agents reach it.
import { CONTROL_PROTOCOL_VERSION } from '../contract/index.js';
import type { Handlers } from '../control-server.js';

export interface StatusDeps {
  version: string;
  dataDir: string;
  startedAt: string;
  listen: { host: string; port: number };
  serverUrls: string[];
  fingerprint: string;
  agentsConnected(): number;
  lastSeq(): number;
}

export function statusHandlers(deps: StatusDeps): Pick<Handlers, 'status'> {
  return {
    status: async (_p, ctx) => ({
      version: deps.version,
      protocol: CONTROL_PROTOCOL_VERSION,
      pid: process.pid,
      dataDir: deps.dataDir,
      startedAt: deps.startedAt,
      listen: deps.listen,
      serverUrls: deps.serverUrls,
      fingerprint: deps.fingerprint,
      agentsConnected: deps.agentsConnected(),
      journal: { lastSeq: deps.lastSeq() },
      user: ctx.user,
    }),
  };
}
