// The daemon's discovery module: scheduled runs from settings.discovery, merged into the ledger,
// journaled and alerted. Off until an administrator enables it and gives targets or interfaces
// (it sends traffic on the office LAN). Runs never overlap; a settings change runs at once.
import { MamoriError } from '../errors/mamori-error.js';
import type { Logger } from '../../common/log.js';
import type { JournalInput, JournalRecord } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { Settings } from '../store/state-schema.js';
import { applyDiscovery } from './discovery-apply.js';
import { discover, type DiscoveryOptions, type DiscoveryResult } from './discover.js';

type DiscoverySettings = Settings['discovery'];

export interface DiscoveryServiceDeps {
  state: StateStore;
  journal: { append(inputs: JournalInput[]): Promise<JournalRecord[]> };
  log: Logger;
  /** SNMP timeout per request; the sweep takes about this long whatever the number of targets. */
  timeoutMs?: number;
  now?: () => Date;
  discover?: (o: DiscoveryOptions) => Promise<DiscoveryResult>;
}

export interface DiscoveryRunSummary {
  reason: 'schedule' | 'settings' | 'manual';
  startedAt: string;
  finishedAt: string;
  devices: number;
  events: { new: number; changed: number; missing: number };
  errors: DiscoveryResult['errors'];
  stats: DiscoveryResult['stats'] | null;
  error?: string;
}

export interface DiscoveryStatus {
  enabled: boolean;
  configured: boolean;
  scheduled: boolean;
  running: boolean;
  nextRunAt: string | null;
  lastRun: DiscoveryRunSummary | null;
}

export function isConfigured(s: DiscoverySettings): boolean {
  return s.targets.length > 0 || s.interfaces.length > 0;
}

export class DiscoveryService {
  #timer: NodeJS.Timeout | null = null;
  #nextRunAt: Date | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #queued: Promise<DiscoveryResult & { summary: DiscoveryRunSummary }> | null = null;
  #abort: AbortController | null = null;
  #running = false;
  #started = false;
  #stopped = false;
  #lastRun: DiscoveryRunSummary | null = null;
  #seenSettings = '';

  constructor(private readonly deps: DiscoveryServiceDeps) {}

  /** Idempotent. Runs at once when configured, then every intervalMinutes. */
  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    this.#seenSettings = JSON.stringify(this.#settings());
    if (this.#scheduled()) this.#runInBackground('schedule');
  }

  /** Idempotent: no new runs, the run in flight is aborted and awaited (it writes nothing). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    this.#abort?.abort();
    await this.#chain;
  }

  /** Call after settings.update: a change of settings.discovery re-arms the schedule and runs now. */
  onSettingsChanged(): void {
    if (!this.#started || this.#stopped) return;
    const now = JSON.stringify(this.#settings());
    if (now === this.#seenSettings) return;
    this.#seenSettings = now;
    if (this.#scheduled()) this.#runInBackground('settings');
    else this.#clearTimer();
  }

  /** One run now (after any run in flight), whether or not the schedule is enabled. */
  runNow(): Promise<DiscoveryResult & { summary: DiscoveryRunSummary }> {
    if (this.#stopped) return Promise.reject(new MamoriError('BAD_REQUEST', 'the daemon is stopping'));
    if (!isConfigured(this.#settings())) {
      return Promise.reject(new MamoriError('BAD_REQUEST', 'discovery is not configured: set settings.discovery.targets or settings.discovery.interfaces first', { field: 'discovery' }));
    }
    return this.#enqueue('manual');
  }

  status(): DiscoveryStatus {
    const s = this.#settings();
    return {
      enabled: s.enabled, configured: isConfigured(s), scheduled: this.#scheduled(), running: this.#running,
      nextRunAt: this.#nextRunAt?.toISOString() ?? null, lastRun: this.#lastRun,
    };
  }

  #settings(): DiscoverySettings {
    return this.deps.state.data.settings.discovery;
  }

  #scheduled(): boolean {
    const s = this.#settings();
    return s.enabled && isConfigured(s);
  }

  #runInBackground(reason: 'schedule' | 'settings'): void {
    this.#clearTimer();
    this.#enqueue(reason).catch((err: unknown) => this.deps.log.warn('discovery run failed', { reason, err }));
  }

  /** Serialises runs; a run asked for while another waits to start joins the waiting one. */
  #enqueue(reason: DiscoveryRunSummary['reason']): Promise<DiscoveryResult & { summary: DiscoveryRunSummary }> {
    if (this.#queued) return this.#queued;
    const p = this.#chain.then(() => {
      this.#queued = null;
      return this.#runOnce(reason);
    });
    this.#queued = p;
    this.#chain = p.catch(() => {});
    return p;
  }

  async #runOnce(reason: DiscoveryRunSummary['reason']): Promise<DiscoveryResult & { summary: DiscoveryRunSummary }> {
    if (this.#stopped) throw new MamoriError('BAD_REQUEST', 'the daemon is stopping');
    const s = this.#settings();
    const now = this.deps.now ?? (() => new Date());
    const startedAt = now();
    const abort = new AbortController();
    this.#abort = abort;
    this.#running = true;
    const summary: DiscoveryRunSummary = {
      reason, startedAt: startedAt.toISOString(), finishedAt: '', devices: 0, events: { new: 0, changed: 0, missing: 0 }, errors: [], stats: null,
    };
    try {
      const result = await (this.deps.discover ?? discover)({
        snmpTargets: s.targets, communities: s.communities, mdnsInterfaces: s.interfaces,
        timeoutMs: this.deps.timeoutMs ?? 1000, browseWindowMs: s.browseWindowMs, log: this.deps.log, signal: abort.signal,
      });
      if (abort.signal.aborted) throw new MamoriError('BAD_REQUEST', 'discovery run aborted: the daemon is stopping');
      const finished = now();
      let events: ReturnType<typeof applyDiscovery> = [];
      await this.deps.state.update((d) => {
        events = applyDiscovery(d, result.devices, { now: finished, missingAfterMinutes: s.missingAfterMinutes });
      });
      if (events.length) await this.deps.journal.append(events.map((e) => ({ src: 'system', kind: e.kind, data: e.data })));
      Object.assign(summary, { devices: result.devices.length, errors: result.errors, stats: result.stats });
      for (const e of events) summary.events[e.kind === 'discovery.new' ? 'new' : e.kind === 'discovery.changed' ? 'changed' : 'missing']++;
      this.deps.log.info('discovery run', { reason, devices: result.devices.length, ...summary.events, ms: result.stats.ms });
      return { ...result, summary };
    } catch (err) {
      summary.error = err instanceof Error ? err.message : String(err);
      throw err;
    } finally {
      summary.finishedAt = now().toISOString();
      this.#lastRun = summary;
      this.#running = false;
      this.#abort = null;
      this.#arm();
    }
  }

  #arm(): void {
    this.#clearTimer();
    if (this.#stopped || !this.#scheduled()) return;
    const ms = Math.max(1000, this.#settings().intervalMinutes * 60_000);
    this.#nextRunAt = new Date(Date.now() + ms);
    this.#timer = setTimeout(() => this.#runInBackground('schedule'), ms);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#nextRunAt = null;
  }
}
