import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

const rules = { perSecond: 30, burst: 10, dropAfter: 50, windowMs: 5000 };

describe('createRateLimiter', () => {
  it('accepts a steady 30 Hz stream forever', () => {
    const limiter = createRateLimiter(rules, 0);
    for (let i = 0; i < 3000; i++) expect(limiter.take((i * 1000) / 30)).toBe('accept');
  });

  it('lets a burst through, then throttles what exceeds the rate', () => {
    const limiter = createRateLimiter(rules, 0);
    const verdicts = Array.from({ length: 12 }, () => limiter.take(0));
    expect(verdicts.slice(0, 10)).toEqual(Array(10).fill('accept'));
    expect(verdicts.slice(10)).toEqual(['throttle', 'throttle']);
    expect(limiter.take(100)).toBe('accept'); // 100 ms at 30/s refills three
  });

  it('drops a client that keeps flooding, but not one that flooded briefly', () => {
    const brief = createRateLimiter(rules, 0);
    for (let i = 0; i < 40; i++) brief.take(0);
    expect(brief.take(6000)).toBe('accept');

    const flood = createRateLimiter(rules, 0);
    let verdict = 'accept';
    let t = 0;
    while (verdict !== 'drop' && t < 10_000) verdict = flood.take((t += 5)); // 200 per second
    expect(verdict).toBe('drop');
    expect(t).toBeLessThan(1000);
  });
});
