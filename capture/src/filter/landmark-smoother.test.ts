import { describe, expect, it } from 'vitest';
import { POSE } from '../pose/landmarks.ts';
import { HOLD_MS, LandmarkSmoother } from './landmark-smoother.ts';

const standing = (visibility = 1) =>
  Array.from({ length: 33 }, (_, i) => ({ x: i / 10, y: -i / 20, z: 0.1, visibility }));

describe('landmark smoother', () => {
  it('passes a first detection through and marks it tracked', () => {
    const smoother = LandmarkSmoother.forPose();
    const out = smoother.update(standing(), 0);
    expect(out[POSE.leftWrist]).toEqual({ x: 1.5, y: -0.75, z: 0.1, tracked: true });
  });

  it('holds the last good place through a short dropout, then reports the landmark lost', () => {
    const smoother = LandmarkSmoother.forPose();
    smoother.update(standing(), 0);
    const hidden = standing();
    hidden[POSE.leftWrist] = { x: 9, y: 9, z: 9, visibility: 0.05 };
    const during = smoother.update(hidden, HOLD_MS / 2);
    expect(during[POSE.leftWrist]).toMatchObject({ x: 1.5, tracked: true });
    // Nobody found at all: everything holds as well.
    expect(smoother.update(undefined, HOLD_MS - 1)[POSE.nose]!.tracked).toBe(true);
    const after = smoother.update(hidden, HOLD_MS + 1);
    expect(after[POSE.leftWrist]).toMatchObject({ x: 1.5, tracked: false });
    expect(after[POSE.nose]!.tracked).toBe(true);
  });

  it('refuses readings that are not numbers', () => {
    const smoother = LandmarkSmoother.forPose();
    smoother.update(standing(), 0);
    const broken = standing();
    broken[POSE.nose] = { x: Number.NaN, y: 0, z: 0, visibility: 1 };
    expect(smoother.update(broken, 33)[POSE.nose]!.x).toBe(0);
  });
});
