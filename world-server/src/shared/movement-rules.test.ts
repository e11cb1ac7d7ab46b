import { describe, expect, it } from 'vitest';
import { BODY_RADIUS, LAYOUTS } from './layouts.ts';
import { acceptMove, MAX_WALK_SPEED, wrapAngle } from './movement-rules.ts';

const { bounds } = LAYOUTS.gallery;
const here = { x: 0, z: 0, yaw: 0 };

describe('acceptMove', () => {
  it('accepts an honest step as it is', () => {
    expect(acceptMove(here, { x: 0.3, z: -0.2, yaw: 1 }, 0.1, bounds)).toEqual({ x: 0.3, z: -0.2, yaw: 1 });
  });

  it('shortens a step longer than walking speed allows, keeping its direction', () => {
    const next = acceptMove(here, { x: 100, z: 0, yaw: 0 }, 0.5, bounds);
    expect(next.z).toBe(0);
    expect(next.x).toBeGreaterThan(MAX_WALK_SPEED * 0.5);
    expect(next.x).toBeLessThanOrEqual(MAX_WALK_SPEED * 0.5 * 1.5);
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
