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

  it('checks and counts in one step with take, refusing without counting once the window is full', () => {
    const limiter = new AttemptLimiter({ maxAttempts: 2, windowMs: 1000 });
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([0, 0, 980]);
    // The refused one was not counted: the window frees up when the first leaves it.
    expect(limiter.take('a', 1000)).toBe(0);
  });

  it('remembers at most maxKeys keys, forgetting the one counted least recently', () => {
    const limiter = new AttemptLimiter({ maxAttempts: 1, windowMs: 60_000 }, 3);
    for (const key of ['a', 'b', 'c']) limiter.record(key, 0);
    limiter.record('a', 1); // a is the freshest now, b the stalest
    limiter.record('d', 2);
    expect(limiter.size).toBe(3);
    expect(['a', 'b', 'c', 'd'].map((key) => limiter.retryAfter(key, 3) > 0)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    for (let i = 0; i < 100_000; i++) limiter.record(`address ${i}`, 4);
    expect(limiter.size).toBe(3);
  });
});
