import { describe, expect, it } from 'vitest';
import { BODY_RADIUS, LAYOUTS } from './layouts.ts';
import { acceptMove, MAX_STRIDE, MAX_WALK_SPEED, strideAfter, wrapAngle } from './movement-rules.ts';

const { bounds } = LAYOUTS.gallery;
const here = { x: 0, z: 0, yaw: 0 };

describe('acceptMove', () => {
  it('accepts an honest step as it is', () => {
    expect(acceptMove(here, { x: 0.3, z: -0.2, yaw: 1 }, 0.4, bounds)).toEqual({ x: 0.3, z: -0.2, yaw: 1 });
  });

  it('shortens a step longer than the stride allowed, keeping its direction', () => {
    const next = acceptMove(here, { x: 100, z: 0, yaw: 0 }, 0.7, bounds);
    expect(next).toEqual({ x: 0.7, z: 0, yaw: 0 });
  });

  it('never lets a body into or through a wall', () => {
    const start = { x: bounds.maxX - 1, z: 0, yaw: 0 };
    const next = acceptMove(start, { x: bounds.maxX + 5, z: 0, yaw: 0 }, 10, bounds);
    expect(next.x).toBe(bounds.maxX - BODY_RADIUS);
  });

  it('keeps yaw in [-π, π)', () => {
    expect(acceptMove(here, { x: 0, z: 0, yaw: 7 * Math.PI }, 0.1, bounds).yaw).toBeCloseTo(-Math.PI, 9);
    expect(wrapAngle(Math.PI / 2 + 4 * Math.PI)).toBeCloseTo(Math.PI / 2, 9);
  });
});

describe('strideAfter', () => {
  /** Where someone ends after `seconds` of asking to be `ahead` metres farther every `hz`-th of a second. */
  function run(hz: number, seconds: number, ahead: number): number {
    let place = { ...here };
    let unused = 0;
    for (let i = 0; i < hz * seconds; i++) {
      const stride = strideAfter(unused, 1 / hz);
      const next = acceptMove(place, { x: place.x + ahead, z: 0, yaw: 0 }, stride, LAYOUTS.stage.bounds);
      unused = stride - Math.abs(next.x - place.x);
      place = next;
    }
    return place.x;
  }

  it('lets a runner keep running at full pace, whatever the rate of their messages', () => {
    for (const hz of [8, 15, 20, 30, 60]) {
      expect(run(hz, 2, MAX_WALK_SPEED / hz)).toBeCloseTo(2 * MAX_WALK_SPEED, 6);
    }
  });

  it('holds someone asking for more to running pace with slack, however often they ask', () => {
    for (const hz of [4, 30, 90]) {
      const covered = run(hz, 2, 100);
      expect(covered).toBeGreaterThan(2 * MAX_WALK_SPEED);
      expect(covered).toBeLessThanOrEqual(2 * MAX_WALK_SPEED * 1.5 + MAX_STRIDE + 1e-9);
    }
  });

  it('gives a late step at most one stride, and a first step its full stride', () => {
    expect(strideAfter(0, 10)).toBe(MAX_STRIDE);
    expect(strideAfter(MAX_STRIDE, 0)).toBe(MAX_STRIDE);
    expect(strideAfter(-1, 0)).toBe(0);
  });
});
