// Counts attempts per key in a sliding window: failed sign-ins per email and address (so that guessing
// passwords is slow), requests per address (sign-ups, password resets, join tokens: so that one machine
// cannot make accounts, mail or crowds in bulk), checkouts per buyer (so that nobody can hold a whole edition
// in abandoned checkouts).

export interface AttemptRules {
  readonly maxAttempts: number;
  readonly windowMs: number;
}

export const SIGN_IN_RULES: AttemptRules = { maxAttempts: 5, windowMs: 15 * 60 * 1000 };
export const CHECKOUT_RULES: AttemptRules = { maxAttempts: 10, windowMs: 60 * 1000 };

/**
 * How many keys a limiter remembers. Every new address adds one, so without a bound a crowd of addresses
 * would grow the map until the process runs out of memory; past it, the key counted least recently goes.
 */
export const MAX_KEYS = 10_000;

export class AttemptLimiter {
  // A Map iterates in insertion order, and `record` re-inserts its key: the first key is the stalest.
  private readonly attempts = new Map<string, number[]>();
  private readonly rules: AttemptRules;
  private readonly maxKeys: number;

  constructor(rules: AttemptRules = SIGN_IN_RULES, maxKeys = MAX_KEYS) {
    this.rules = rules;
    this.maxKeys = maxKeys;
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.attempts.size;
  }

  /** Milliseconds until `key` may try again, or 0 if it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rules.maxAttempts) return 0;
    return (recent[0] ?? now) + this.rules.windowMs - now;
  }

  /** Counts one attempt (a failed sign-in, a checkout). */
  record(key: string, now = Date.now()): void {
    // Only the last `maxAttempts` matter to `retryAfter`, so no key holds more than that many times.
    const kept = [...this.recent(key, now), now].slice(-this.rules.maxAttempts);
    this.attempts.delete(key);
    this.attempts.set(key, kept);
    for (const stalest of this.attempts.keys()) {
      if (this.attempts.size <= this.maxKeys) break;
      this.attempts.delete(stalest);
    }
  }

  /** Checks and counts in one step, for limits on every request: 0 (and counted) if it may go on, else the wait. */
  take(key: string, now = Date.now()): number {
    const wait = this.retryAfter(key, now);
    if (wait === 0) this.record(key, now);
    return wait;
  }

  succeed(key: string): void {
    this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => now - at < this.rules.windowMs);
  }
}
