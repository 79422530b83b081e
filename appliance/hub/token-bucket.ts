/** A token bucket: `rate` tokens per second, at most `burst` saved up. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes n tokens if available; otherwise returns how many ms until they would be. */
  take(n: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (n <= this.tokens) {
      this.tokens -= n;
      return { ok: true };
    }
    const missing = Math.min(n, this.burst) - this.tokens;
    return { ok: false, retryAfterMs: Math.max(1, Math.ceil((missing / this.rate) * 1000)) };
  }
}
