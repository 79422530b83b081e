// Applies the retention setting: the guideline leaves the log period to the office, so it is a
// setting (retentionDays) and the journal drops whole segments older than that, a few times a day.
import type { Journal } from '../journal/index.js';
import type { StateStore } from '../store/state.js';
import type { Logger } from './log.js';

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

  async runOnce(now = new Date()): Promise<{ segments: number; records: number }> {
    const days = this.state.data.settings.retentionDays;
    return this.journal.prune(new Date(now.getTime() - days * 86_400_000));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
