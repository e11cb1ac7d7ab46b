import { describe, expect, it } from 'vitest';
import { POSE_TUNING } from './landmark-smoother.ts';
import { OneEuroFilter } from './one-euro.ts';

/** A deterministic stand-in for sensor noise: uniform in [-1, 1]. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  };
}

function deviation(values: number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}
const ARM = POSE_TUNING.arm.filter;
const FRAME_MS = 1000 / 30;

describe('One-Euro filter', () => {
  it('takes out most of the jitter on a still point', () => {
    const filter = new OneEuroFilter(ARM);
    const next = noise(7);
    const raw: number[] = [];
    const smooth: number[] = [];
    for (let i = 0; i < 300; i++) {
      const x = 0.5 + 0.01 * next();
      raw.push(x);
      smooth.push(filter.filter(x, i * FRAME_MS));
    }
    // After it settles, what is left of a 2 cm jitter is a small part of it.
    expect(deviation(smooth.slice(60))).toBeLessThan(deviation(raw.slice(60)) * 0.4);
  });

  it('keeps up with a fast movement better than the same filter without its speed term', () => {
    const adaptive = new OneEuroFilter(ARM);
    const fixed = new OneEuroFilter({ ...ARM, beta: 0 });
    let adaptiveLag = 0;
    let fixedLag = 0;
    // A hand sweeping 1 m in a third of a second.
    for (let i = 0; i <= 10; i++) {
      const x = i / 10;
      adaptiveLag = x - adaptive.filter(x, i * FRAME_MS);
      fixedLag = x - fixed.filter(x, i * FRAME_MS);
    }
    expect(adaptiveLag).toBeLessThan(fixedLag / 2);
    expect(adaptiveLag).toBeLessThan(0.15);
  });

  it('ignores a timestamp that does not move forward', () => {
    const filter = new OneEuroFilter({ minCutoff: 1, beta: 1, derivativeCutoff: 1 });
    filter.filter(1, 100);
    expect(filter.filter(5, 100)).toBe(1);
    expect(filter.filter(5, 50)).toBe(1);
  });
});
