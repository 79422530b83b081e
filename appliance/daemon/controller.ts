// The composition root: starts modules in order, stops them in reverse, each stop on its own.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ControlServer } from '../control/control-server.js';
import { DiscoveryService } from '../discovery/discovery-service.js';
import { Journal } from '../journal/index.js';
import { AgentHub } from '../hub/agent-hub.js';
import { RefusalBudget } from '../hub/refusals.js';
import { InventoryStore } from '../store/inventory-store.js';
import { MyNumberLedger } from '../ledger/mynumber-ledger.js';
import { PolicyStore } from '../policy/policy-store.js';
import { openState, type StateStore } from '../store/state.js';
import { ensureBoxTls } from '../tls/box-tls.js';
import { localAddresses, localHostnames } from '../tls/local-names.js';
import { buildControlHandlers, subscribeEvents } from './control-handlers.js';
import { acquireDataLock } from './lock.js';
import { RetentionJob } from './retention.js';
import type { Logger } from '../../common/log.js';

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
    const ctx = { state: this.state, journal: this.journal, inventory, ledger: this.ledger, policy: this.policy, fingerprint: tls.fingerprint, caPem: tls.caPem, log: log.child('hub'), refusals: new RefusalBudget() };
    this.hub = new AgentHub(ctx, {
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

    const control = new ControlServer({
      socketPath: this.opts.controlPath,
      dataDir,
      version: this.opts.version,
      handlers: buildControlHandlers(this, inventory),
      subscribe: (params, push) => subscribeEvents(this.journal, params, push),
      log: log.child('control'),
    });
    await control.start();
    this.stops.push({ name: 'control socket', stop: () => control.stop() });

    await this.journal.append([{ src: 'system', kind: 'box.started', data: { version: this.opts.version, pid: process.pid, listen } }]);
    this.discovery.start(); // after box.started, so a first run's events follow it
    retention.start();
    return this.info;
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }
  get version(): string {
    return this.opts.version;
  }

  /** Idempotent: the journal gets a last record, then modules stop in reverse order. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const { log } = this.opts;
      const stops = this.stops.reverse();
      this.stops = [];
      for (const { name, stop } of stops) {
        if (name === 'journal') {
          await this.journal.append([{ src: 'system', kind: 'box.stopped', data: { pid: process.pid } }]).catch(() => {});
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
