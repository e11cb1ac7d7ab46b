// A per-client limit on what it may send: a token bucket that lets bursts through, throttles (ignores) what
// goes beyond the sustained rate, and says when a client has been over it for too long to be honest.

export interface RateLimitRules {
  /** Sustained messages per second. */
  readonly perSecond: number;
  /** How many may come at once after a quiet spell. */
  readonly burst: number;
  /** Ignored messages within `window` ms after which the client is dropped. */
  readonly dropAfter: number;
  readonly windowMs: number;
}

export type RateVerdict = 'accept' | 'throttle' | 'drop';

export interface RateLimiter {
  /** Judges one message arriving at `now` (ms). */
  take(now: number): RateVerdict;
}

/** Creates a limiter for one client and one kind of message. */
export function createRateLimiter(rules: RateLimitRules, now: number): RateLimiter {
  let tokens = rules.burst;
  let last = now;
  const throttled: number[] = [];
  return {
    take(at) {
      tokens = Math.min(rules.burst, tokens + ((at - last) / 1000) * rules.perSecond);
      last = at;
      if (tokens >= 1) {
        tokens -= 1;
        return 'accept';
      }
      throttled.push(at);
      while ((throttled[0] ?? at) <= at - rules.windowMs) throttled.shift();
      return throttled.length >= rules.dropAfter ? 'drop' : 'throttle';
    },
  };
}
