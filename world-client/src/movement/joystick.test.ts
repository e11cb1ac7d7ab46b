import { describe, expect, it } from 'vitest';
import { IDLE } from './walker.ts';
import { STILL, stickFrom, withStick } from './joystick.ts';

describe('virtual joystick', () => {
  it('rests inside the deadzone', () => {
    expect(stickFrom(5, -5, 60)).toEqual(STILL);
  });
  it('walks forward when pushed up, and right when pushed right', () => {
    const up = stickFrom(0, -60, 60);
    expect(up.forward).toBeCloseTo(1);
    expect(up.strafe).toBeCloseTo(0);
    const right = stickFrom(30, 0, 60);
    expect(right.strafe).toBeGreaterThan(0.35);
    expect(right.strafe).toBeLessThan(0.5);
    expect(right.forward).toBeCloseTo(0);
  });
  it('goes no faster past the rim', () => {
    const far = stickFrom(300, -400, 60);
    expect(Math.hypot(far.forward, far.strafe)).toBeCloseTo(1);
  });
  it('adds to the keys without going past a full walk', () => {
    const both = withStick({ ...IDLE, forward: 1 }, { forward: 1, strafe: 0.5 });
    expect(both.forward).toBe(1);
    expect(both.strafe).toBe(0.5);
  });
});
