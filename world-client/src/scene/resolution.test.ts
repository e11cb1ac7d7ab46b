import { describe, expect, it } from 'vitest';
import { dprForFactor, MIN_DPR } from './resolution.ts';

describe('dprForFactor', () => {
  it('spans from the minimum to the screen ratio', () => {
    expect(dprForFactor(0, 2)).toBe(MIN_DPR);
    expect(dprForFactor(1, 2)).toBe(2);
    expect(dprForFactor(0.5, 1)).toBe(1);
  });

  it('never exceeds 2, even on a 3x phone screen, and ignores out-of-range factors', () => {
    expect(dprForFactor(1, 3)).toBe(2);
    expect(dprForFactor(7, 1)).toBe(1);
    expect(dprForFactor(-1, 1)).toBe(MIN_DPR);
  });

  it('moves in quarter steps', () => {
    for (let f = 0; f <= 1; f += 0.07) expect((dprForFactor(f, 2) * 4) % 1).toBe(0);
  });
});
