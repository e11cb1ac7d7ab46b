import { describe, expect, it } from 'vitest';
import { jumped, vignetteStrength } from './comfort.ts';

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
  it('tells a glide from a jump by speed, whatever the frame rate', () => {
    // A glide at 2 m/s, at 72 fps and at 3 fps (a long frame moves far, but not fast).
    expect(jumped(2, false)).toBe(false);
    expect(jumped(0.66 / (1 / 3), false)).toBe(false);
    // A snap turn swings the play area 0.25 m in one 72 fps frame: 18 m/s.
    expect(jumped(0.25 * 72, false)).toBe(true);
    expect(jumped(0, true)).toBe(true);
  });
});
