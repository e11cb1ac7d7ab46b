import { describe, expect, it } from 'vitest';
import { vignetteStrength } from './comfort.ts';

describe('comfort vignette', () => {
  it('stays open when still or drifting', () => {
    expect(vignetteStrength(0, false)).toBe(0);
    expect(vignetteStrength(0.1, false)).toBe(0);
  });
  it('closes in with walking speed, up to fully', () => {
    expect(vignetteStrength(1.1, false)).toBeCloseTo(0.5);
    expect(vignetteStrength(5, false)).toBe(1);
  });
  it('does not flash on a teleport', () => {
    expect(vignetteStrength(30, true)).toBe(0);
  });
});
