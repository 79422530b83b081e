/** Exponential backoff with full jitter, so a box restart is not met by every PC at the same instant. */
export class Backoff {
  private attempt = 0;
  constructor(
    private readonly baseMs = 1000,
    private readonly maxMs = 60_000,
    private readonly random: () => number = Math.random,
  ) {}

  next(): number {
    const cap = Math.min(this.maxMs, this.baseMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    return Math.round(this.baseMs / 2 + this.random() * (cap - this.baseMs / 2));
  }

  reset(): void {
    this.attempt = 0;
  }
}
