// Counts attempts per key in a sliding window: failed sign-ins per email and address (so that guessing
// passwords is slow), checkouts per buyer (so that nobody can hold a whole edition in abandoned checkouts).

export interface AttemptRules {
  readonly maxAttempts: number;
  readonly windowMs: number;
}

export const SIGN_IN_RULES: AttemptRules = { maxAttempts: 5, windowMs: 15 * 60 * 1000 };
export const CHECKOUT_RULES: AttemptRules = { maxAttempts: 10, windowMs: 60 * 1000 };

export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly rules: AttemptRules;

  constructor(rules: AttemptRules = SIGN_IN_RULES) {
    this.rules = rules;
  }

  /** Milliseconds until `key` may try again, or 0 if it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rules.maxAttempts) return 0;
    return (recent[0] ?? now) + this.rules.windowMs - now;
  }

  /** Counts one attempt (a failed sign-in, a checkout). */
  record(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.rules.windowMs);
  }
}
