import { describe, expect, it } from 'vitest';
import { presenceDue } from './presence.ts';

const here = { x: 0, z: 0, yaw: 0 };

describe('presenceDue', () => {
  it('shows a real step or turn, at most once a second', () => {
    expect(presenceDue(here, { x: 1, z: 0, yaw: 0 }, 999)).toBe(false);
    expect(presenceDue(here, { x: 1, z: 0, yaw: 0 }, 1000)).toBe(true);
    expect(presenceDue(here, { x: 0, z: 0, yaw: 0.5 }, 1000)).toBe(true);
  });

  it('leaves small sways alone for a while, then settles on where the person stopped', () => {
    expect(presenceDue(here, { x: 0.2, z: 0, yaw: 0.1 }, 1500)).toBe(false);
    expect(presenceDue(here, { x: 0.2, z: 0, yaw: 0.1 }, 2000)).toBe(true);
    expect(presenceDue(here, { x: 0.001, z: 0, yaw: 0 }, 60_000)).toBe(false);
  });

  it('measures turns the short way round', () => {
    expect(presenceDue({ ...here, yaw: Math.PI - 0.05 }, { ...here, yaw: -Math.PI + 0.05 }, 1000)).toBe(
      false,
    );
  });
});
