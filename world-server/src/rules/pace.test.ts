import { LAYOUTS, MAX_STRIDE, MAX_WALK_SPEED } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { Pace } from './pace.ts';

const { bounds } = LAYOUTS.stage;

describe('Pace', () => {
  it('follows a runner from where it last let them be, not from where they were shown', () => {
    const pace = new Pace({ x: 0, z: 0 }, 0);
    let place = { x: 0, z: 0, yaw: 0 };
    for (let i = 1; i <= 60; i++)
      place = pace.step({ x: (MAX_WALK_SPEED * i) / 30, z: 0, yaw: 0 }, (i * 1000) / 30, bounds);
    expect(place.x).toBeCloseTo(2 * MAX_WALK_SPEED, 6);
  });

  it('cuts a jump short to one stride, and keeps to the walls', () => {
    const pace = new Pace({ x: 0, z: 0 }, 0);
    expect(pace.step({ x: 50, z: 0, yaw: 0 }, 5000, bounds).x).toBeCloseTo(MAX_STRIDE, 9);
    const wall = new Pace({ x: bounds.maxX - 1, z: 0 }, 0);
    expect(wall.step({ x: bounds.maxX + 1, z: 0, yaw: 0 }, 5000, bounds).x).toBeLessThan(bounds.maxX);
  });
});
