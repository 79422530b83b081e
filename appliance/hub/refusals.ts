// Every refused message is visible in the journal, but a flood of them must not fill the disk:
// per connection at most maxFailures are journaled (then the connection closes), and unauthenticated
// peers share one global budget.
import { TokenBucket } from './token-bucket.js';

export const MAX_FAILURES_PER_CONNECTION = 5;

export class RefusalBudget {
  private readonly anonymous = new TokenBucket(10, 50);
  suppressed = 0;

  allowJournal(authenticated: boolean): boolean {
    if (authenticated) return true;
    if (this.anonymous.take(1).ok) return true;
    this.suppressed++;
    return false;
  }
}
