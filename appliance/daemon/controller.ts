// The composition root: builds the modules, wires them together, starts them in order and stops them
// in reverse, each stop on its own. No rules live here; each module keeps its own.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../common/log.js';
import { ControlServer, type Handlers } from '../control/control-server.js';
import { agentHandlers } from '../control/handlers/agents.js';
import { alertHandlers } from '../control/handlers/alerts.js';
import { assetHandlers } from '../control/handlers/assets.js';
import { discoveryHandlers } from '../control/handlers/discovery.js';
import { eventHandlers, subscribeEvents } from '../control/handlers/events.js';
import { ledgerHandlers } from '../control/handlers/ledger.js';
import { settingsHandlers } from '../control/handlers/settings.js';
import { statusHandlers } from '../control/handlers/status.js';
import { tokenHandlers } from '../control/handlers/tokens.js';
import { DiscoveryService } from '../discovery/discovery-service.js';
import { AgentHub } from '../hub/agent-hub.js';
import { RefusalBudget } from '../hub/refusals.js';
import { ingestBatch } from '../ingest/ingest-batch.js';
import { Journal, journalEvent } from '../journal/index.js';
import { MyNumberLedger } from '../ledger/mynumber-ledger.js';
import { PolicyStore } from '../policy/policy-store.js';
import { RetentionJob } from '../retention/retention-job.js';
import { acquireDataLock } from '../store/data-lock.js';
import { InventoryStore } from '../store/inventory-store.js';
import { openState, type StateStore } from '../store/state.js';
import { ensureBoxTls } from '../tls/box-tls.js';
import { localAddresses, localHostnames } from '../tls/local-names.js';

export interface DaemonOptions {
  dataDir: string;
  listen: { host: string; port: number };
  controlPath: string;
  version: string;
  log: Logger;
  heartbeatMs?: number;
  commitIntervalMs?: number;
}

export interface DaemonInfo {
  listen: { host: string; port: number };
  fingerprint: string;
  serverUrls: string[];
  tlsCreated: boolean;
}

export class Daemon {
  private stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  private stopping: Promise<void> | null = null;
  readonly startedAt = new Date().toISOString();
  state!: StateStore;
  journal!: Journal;
  hub!: AgentHub;
  ledger!: MyNumberLedger;
  policy!: PolicyStore;
  discovery!: DiscoveryService;
  info!: DaemonInfo;

  constructor(private readonly opts: DaemonOptions) {}

  async start(): Promise<DaemonInfo> {
    const { dataDir, log } = this.opts;
    await mkdir(dataDir, { recursive: true, mode: 0o750 });
    const lock = await acquireDataLock(dataDir);
    if (lock.staleFrom) log.warn('took over a stale lock (the previous daemon did not stop cleanly)', { pid: lock.staleFrom });
    this.stops.push({ name: 'lock', stop: () => lock.release() });

    this.state = await openState(dataDir, { logger: log.child('state') });
    this.stops.push({ name: 'state', stop: () => this.state.close() });

    const addresses = localAddresses();
    const tls = await ensureBoxTls(join(dataDir, 'tls'), { hostnames: localHostnames(), addresses, logger: log.child('tls') });

    this.journal = await Journal.open(join(dataDir, 'journal'), { log: log.child('journal'), commitIntervalMs: this.opts.commitIntervalMs });
    this.stops.push({ name: 'journal', stop: () => this.journal.close() });

    const retention = new RetentionJob(this.journal, this.state, log.child('retention'));
    this.stops.push({ name: 'retention', stop: () => retention.stop() });

    this.discovery = new DiscoveryService({ state: this.state, journal: this.journal, log: log.child('discovery') });
    this.stops.push({ name: 'discovery', stop: () => this.discovery.stop() });

    const inventory = new InventoryStore(dataDir);
    this.ledger = await MyNumberLedger.open(dataDir);
    this.policy = await PolicyStore.open(dataDir, this.state.data.settings);
    const ingest = { state: this.state, journal: this.journal, inventory, ledger: this.ledger };
    const hubContext = {
      state: this.state,
      journal: this.journal,
      ingest: (agentId: string, assetId: string, batch: Parameters<typeof ingestBatch>[3]) => ingestBatch(ingest, agentId, assetId, batch),
      inventoryHashes: (assetId: string) => inventory.hashes(assetId),
      policyMessage: () => this.policy.message(),
      fingerprint: tls.fingerprint,
      caPem: tls.caPem,
      log: log.child('hub'),
      refusals: new RefusalBudget(),
    };
    this.hub = new AgentHub(hubContext, {
      host: this.opts.listen.host,
      port: this.opts.listen.port,
      certPem: tls.certPem,
      keyPem: tls.keyPem,
      heartbeatMs: this.opts.heartbeatMs,
    });
    await this.hub.start();
    this.stops.push({ name: 'agent hub', stop: () => this.hub.stop() });
    const listen = this.hub.address ?? this.opts.listen;
    this.info = { listen, fingerprint: tls.fingerprint, serverUrls: serverUrls(listen, addresses), tlsCreated: tls.created };

    // One line per area of the control contract (control/handlers/<area>.ts).
    const { state, journal, hub } = this;
    const handlers: Handlers = {
      ...statusHandlers({ version: this.opts.version, dataDir, startedAt: this.startedAt, ...this.info, agentsConnected: () => hub.connectedCount, lastSeq: () => journal.lastSeq }),
      ...tokenHandlers({ state, journal, fingerprint: tls.fingerprint, serverUrls: this.info.serverUrls, port: listen.port }),
      ...assetHandlers({ state, inventory, isConnected: (id) => hub.isConnected(id) }),
      ...agentHandlers({ state, journal, isConnected: (id) => hub.isConnected(id), disconnect: (id, code, reason) => hub.disconnect(id, code, reason) }),
      ...eventHandlers({ state, journal }),
      ...alertHandlers({ state, journal }),
      ...settingsHandlers({ state, journal, discovery: this.discovery, policy: this.policy, pushPolicy: () => hub.pushPolicy() }),
      ...discoveryHandlers({ journal, discovery: this.discovery }),
      ...ledgerHandlers({ ledger: this.ledger }),
    };
    const control = new ControlServer({
      socketPath: this.opts.controlPath,
      dataDir,
      version: this.opts.version,
      handlers,
      subscribe: subscribeEvents(journal),
      log: log.child('control'),
    });
    await control.start();
    this.stops.push({ name: 'control socket', stop: () => control.stop() });

    await this.journal.append([journalEvent('system', 'box.started', { version: this.opts.version, pid: process.pid, listen })]);
    this.discovery.start(); // after box.started, so a first run's events follow it
    retention.start();
    return this.info;
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }

  /** Idempotent: the journal gets a last record, then modules stop in reverse order. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const { log } = this.opts;
      const stops = this.stops.reverse();
      this.stops = [];
      for (const { name, stop } of stops) {
        if (name === 'journal') {
          await this.journal.append([journalEvent('system', 'box.stopped', { pid: process.pid })]).catch(() => {});
        }
        try {
          await stop();
        } catch (err) {
          log.error(`stopping ${name} failed`, { err });
        }
      }
    })();
    return this.stopping;
  }
}

function serverUrls(listen: { host: string; port: number }, addresses: string[]): string[] {
  const wildcard = listen.host === '0.0.0.0' || listen.host === '::';
  const hosts = wildcard ? addresses.filter((a) => a !== '::1') : [listen.host];
  return hosts.map((h) => `wss://${h.includes(':') ? `[${h}]` : h}:${listen.port}`);
}
