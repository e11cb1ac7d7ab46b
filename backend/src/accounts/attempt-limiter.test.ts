import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter.ts';

describe('AttemptLimiter', () => {
  it('allows five failures, then makes the key wait until the oldest leaves the window', () => {
    const limiter = new AttemptLimiter({ maxAttempts: 5, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('ada', i * 1000)).toBe(0);
      limiter.record('ada', i * 1000);
    }
    expect(limiter.retryAfter('ada', 5000)).toBe(55_000);
    expect(limiter.retryAfter('ben', 5000)).toBe(0);
    expect(limiter.retryAfter('ada', 60_001)).toBe(0);
  });

  it('forgets failures after a success', () => {
    const limiter = new AttemptLimiter({ maxAttempts: 2, windowMs: 60_000 });
    limiter.record('ada', 0);
    limiter.succeed('ada');
    limiter.record('ada', 1);
    expect(limiter.retryAfter('ada', 2)).toBe(0);
  });
});
