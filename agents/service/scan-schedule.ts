// Scheduled My Number scans of the folders the box's policy names: once at once when a new policy
// version arrives, then every intervalHours. Results leave as events (see scan-events.ts); the numbers
// never leave the scanner, which returns counts only.
import { randomBytes } from 'node:crypto';
import type { AgentPolicy } from '../../protocol/wire.js';
import { ScanError } from '../scan/scan-error.js';
import { scanTree, type ScanOptions } from '../scan/scan-tree.js';
import type { Logger } from '../../common/log.js';
import { failedScanEvent, scanEvents, type SpoolItemLike } from './scan-events.js';
import { resolveScanRoots } from './scan-paths.js';

export interface ScanScheduleOptions {
  log: Logger;
  /** Queues events durably (the spool); resolves when they are on disk. */
  emit(items: SpoolItemLike[]): Promise<void>;
  /** Called after every finished run, to persist the time. */
  onFinished(at: string): Promise<void>;
  scanOptions?: Omit<ScanOptions, 'signal' | 'onProgress'>;
  platform?: NodeJS.Platform;
  /** Progress lines at most this often (default 10 s). */
  progressEveryMs?: number;
}

const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit; longer waits are re-armed

export class ScanSchedule {
  private policy: AgentPolicy['scan'] | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly abort = new AbortController();
  lastRoots: string[] = [];

  constructor(private readonly opts: ScanScheduleOptions) {}

  /** Takes a policy's scan rule; `lastScanAt` decides when the first run is due (undefined: now). */
  apply(scan: AgentPolicy['scan'], lastScanAt?: string): void {
    this.policy = { ...scan, paths: [...scan.paths] };
    const every = scan.intervalHours * 3_600_000;
    const last = lastScanAt ? Date.parse(lastScanAt) : NaN;
    this.arm(Number.isFinite(last) ? Math.max(0, last + every - Date.now()) : 0);
  }

  /** Runs a scan now (after the one in progress, if any). */
  runNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runAll()
      .catch((err) => this.opts.log.error('scheduled scan failed', { err }))
      .finally(() => {
        this.running = null;
        if (this.again && !this.abort.signal.aborted) {
          this.again = false;
          void this.runNow();
        }
      });
    return this.running;
  }

  /** Stops the timer and the scan in progress (its result is sent marked aborted). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }

  private arm(inMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.abort.signal.aborted) return;
    const wait = Math.min(inMs, MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      if (wait < inMs) return this.arm(inMs - wait);
      void this.runNow().then(() => this.policy && this.arm(this.policy.intervalHours * 3_600_000));
    }, wait);
    this.timer.unref();
  }

  private async runAll(): Promise<void> {
    const policy = this.policy;
    if (!policy) return;
    const { roots, usedDefaults } = await resolveScanRoots(policy.paths, this.opts.platform);
    this.lastRoots = roots;
    this.opts.log.info('my number scan starting', { roots: roots.length, usedDefaults });
    for (const root of roots) {
      if (this.abort.signal.aborted) break;
      await this.scanRoot(root);
    }
    await this.opts.onFinished(new Date().toISOString());
  }

  private async scanRoot(root: string): Promise<void> {
    const scanId = randomBytes(12).toString('base64url');
    const every = this.opts.progressEveryMs ?? 10_000;
    let lastLog = Date.now();
    try {
      const result = await scanTree(root, {
        ...this.opts.scanOptions,
        ...(this.policy?.maxFileBytes ? { maxFileBytes: this.policy.maxFileBytes } : {}),
        ...(this.policy?.maxFileMs ? { maxFileMs: this.policy.maxFileMs } : {}),
        signal: this.abort.signal,
        onProgress: (p) => {
          if (Date.now() - lastLog < every) return;
          lastLog = Date.now();
          this.opts.log.info('my number scan progress', { root, files: p.files, mb: Math.round(p.bytes / 1e6) });
        },
      });
      await this.opts.emit(scanEvents(result, scanId));
      const { filesScanned, filesWithNumbers, filesSkipped, durationMs, aborted } = result.stats;
      this.opts.log.info('my number scan finished', { root: result.root, filesScanned, filesWithNumbers, filesSkipped, durationMs, aborted });
    } catch (err) {
      if (!(err instanceof ScanError)) throw err;
      this.opts.log.warn('my number scan could not read the folder', { root, code: err.code });
      await this.opts.emit([failedScanEvent(root, scanId, err.code)]);
    }
  }
}
