// Applies the retention setting: the guideline leaves the log period to the office, so it is a
// setting (retentionDays) and the journal drops whole segments older than that, a few times a day.
import type { Journal } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { Logger } from '../../common/log.js';

/** Acknowledged alerts and dead tokens stay this long in state.json. */
export const STATE_KEEP_DAYS = 30;

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly journal: Journal,
    private readonly state: StateStore,
    private readonly log: Logger,
    private readonly everyMs = 6 * 3600_000,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.runOnce().then(
        () => {},
        (err: unknown) => this.log.error('retention failed', { err }),
      );
    };
    this.timer = setInterval(tick, this.everyMs);
    this.timer.unref();
    tick();
  }

  async runOnce(now = new Date()): Promise<{ segments: number; records: number; alerts: number; tokens: number }> {
    const days = this.state.data.settings.retentionDays;
    const { segments, records } = await this.journal.prune(new Date(now.getTime() - days * 86_400_000));
    // state.json is rewritten whole on every change, so finished business leaves it; the journal keeps
    // the record of it (alert raised and acknowledged, token created and used).
    const cutoff = now.getTime() - STATE_KEEP_DAYS * 86_400_000;
    const before = { alerts: this.state.data.alerts.length, tokens: this.state.data.tokens.length };
    const keepAlert = (a: { ackedAt?: string }) => !a.ackedAt || Date.parse(a.ackedAt) > cutoff;
    const keepToken = (t: { createdAt: string; expiresAt: string; usesLeft: number }) => {
      const dead = t.usesLeft <= 0 || Date.parse(t.expiresAt) <= now.getTime();
      return !dead || (Date.parse(t.expiresAt) > cutoff && Date.parse(t.createdAt) > cutoff);
    };
    if (!this.state.data.alerts.every(keepAlert) || !this.state.data.tokens.every(keepToken)) {
      await this.state.update((d) => {
        d.alerts = d.alerts.filter(keepAlert);
        d.tokens = d.tokens.filter(keepToken);
      });
    }
    return { segments, records, alerts: before.alerts - this.state.data.alerts.length, tokens: before.tokens - this.state.data.tokens.length };
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
