import { LAYOUTS, BODY_RADIUS, type FloorPose } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { intentFromKeys } from './keys.ts';
import {
  facing,
  IDLE,
  movedEnough,
  standable,
  stepRoute,
  stepToward,
  stepWalk,
  WALK_SPEED,
  type Route,
} from './walker.ts';

const { bounds } = LAYOUTS.gallery;
const origin = { x: 0, z: 0, yaw: 0 };

describe('walking with keys', () => {
  it('W walks forward (toward -z at yaw 0) at walking speed', () => {
    const next = stepWalk(origin, intentFromKeys(new Set(['KeyW']), 0.5), 0.5, bounds);
    expect(next.x).toBeCloseTo(0, 9);
    expect(next.z).toBeCloseTo(-WALK_SPEED * 0.5, 9);
  });

  it('D steps right of where the person faces', () => {
    const facingLeft = { ...origin, yaw: Math.PI / 2 }; // faces -x, so right is -z
    const next = stepWalk(facingLeft, intentFromKeys(new Set(['KeyD']), 1), 1, bounds);
    expect(next.z).toBeCloseTo(-WALK_SPEED, 9);
    expect(next.x).toBeCloseTo(0, 9);
  });

  it('walks diagonally no faster than straight', () => {
    const next = stepWalk(origin, intentFromKeys(new Set(['KeyW', 'KeyD']), 1), 1, bounds);
    expect(Math.hypot(next.x, next.z)).toBeCloseTo(WALK_SPEED, 9);
  });

  it('Q and E turn; arrow keys do the same as their letters', () => {
    expect(stepWalk(origin, intentFromKeys(new Set(['KeyQ']), 0.5), 0.5, bounds).yaw).toBeGreaterThan(0);
    expect(stepWalk(origin, intentFromKeys(new Set(['ArrowRight']), 0.5), 0.5, bounds).yaw).toBeLessThan(0);
    expect(intentFromKeys(new Set(['ArrowUp']), 1)).toEqual(intentFromKeys(new Set(['KeyW']), 1));
  });

  it('stops at the wall', () => {
    let pose = origin;
    for (let i = 0; i < 200; i++) pose = stepWalk(pose, intentFromKeys(new Set(['KeyW']), 0.1), 0.1, bounds);
    expect(pose.z).toBeCloseTo(bounds.minZ + BODY_RADIUS, 9);
  });

  it('stands still with no keys held', () => {
    expect(stepWalk(origin, IDLE, 1, bounds)).toEqual(origin);
  });
});

describe('click to move', () => {
  it('walks to the clicked point, turning to face it, and then stops', () => {
    let state = { pose: origin, target: { x: 3, z: 4 } as { x: number; z: number } | null };
    const first = stepToward(state.pose, { x: 3, z: 4 }, 0.1, bounds);
    const heading = facing(first.pose.yaw);
    expect(heading.x).toBeCloseTo(0.6, 6);
    expect(heading.z).toBeCloseTo(0.8, 6);
    for (let i = 0; i < 100 && state.target; i++) state = stepToward(state.pose, state.target, 0.1, bounds);
    expect(state.target).toBeNull();
    expect(state.pose.x).toBeCloseTo(3, 6);
    expect(state.pose.z).toBeCloseTo(4, 6);
  });

  it('aims for the nearest reachable point when the click is beyond a wall', () => {
    let state = { pose: origin, target: { x: 0, z: 100 } as { x: number; z: number } | null };
    for (let i = 0; i < 200 && state.target; i++) state = stepToward(state.pose, state.target, 0.1, bounds);
    expect(state.pose.z).toBeCloseTo(bounds.maxZ - BODY_RADIUS, 6);
  });
});

describe('movedEnough', () => {
  it('ignores jitter and notices a real step or turn', () => {
    expect(movedEnough(origin, { x: 0.001, z: 0, yaw: 0 })).toBe(false);
    expect(movedEnough(origin, { x: 0.1, z: 0, yaw: 0 })).toBe(true);
    expect(movedEnough(origin, { x: 0, z: 0, yaw: 0.2 })).toBe(true);
  });
});

describe('walking around what stands on the floor', () => {
  const plinth = { x: 0, z: -2, radius: 0.7 };

  it('keys slide around a plinth instead of walking into it', () => {
    let pose = { x: 0.2, z: 0, yaw: 0 };
    for (let i = 0; i < 40; i++) {
      pose = stepWalk(pose, intentFromKeys(new Set(['KeyW']), 0.05), 0.05, bounds, [plinth]);
      expect(Math.hypot(pose.x - plinth.x, pose.z - plinth.z)).toBeGreaterThanOrEqual(plinth.radius - 1e-9);
    }
    expect(pose.z).toBeLessThan(plinth.z); // slid past it
  });

  it('a click behind a plinth, dead ahead, stops in front of it rather than pushing for ever', () => {
    let step = { pose: origin as FloorPose, target: { x: 0, z: -4 } as { x: number; z: number } | null };
    let frames = 0;
    while (step.target && frames < 200) {
      step = stepToward(step.pose, step.target, 0.05, bounds, [plinth]);
      frames++;
    }
    expect(step.target).toBeNull();
    expect(frames).toBeLessThan(200);
    expect(Math.hypot(step.pose.x - plinth.x, step.pose.z - plinth.z)).toBeGreaterThanOrEqual(
      plinth.radius - 1e-9,
    );
  });

  it('a click on a plinth walks to its edge', () => {
    expect(standable(bounds, [plinth], 0, -2)).toEqual({ x: 0, z: -2 + 0.7 });
  });
});

describe('walking a route', () => {
  it('walks through each point in turn, then turns to face the heading asked for', () => {
    let state: { pose: FloorPose; route: Route | null } = {
      pose: origin,
      route: {
        points: [
          { x: 1, z: 0 },
          { x: 1, z: -1 },
        ],
        face: Math.PI / 2,
      },
    };
    const visited: number[] = [];
    for (let i = 0; i < 200 && state.route; i++) {
      state = stepRoute(state.pose, state.route, 0.05, bounds);
      visited.push(state.route?.points.length ?? 0);
    }
    expect(state.route).toBeNull();
    expect(state.pose.x).toBeCloseTo(1, 6);
    expect(state.pose.z).toBeCloseTo(-1, 6);
    expect(state.pose.yaw).toBeCloseTo(Math.PI / 2, 6);
    expect(visited).toContain(1); // the first point was reached before the second
  });

  it('a route with no heading ends where it arrives', () => {
    const done = stepRoute({ x: 1, z: 1, yaw: 0.3 }, { points: [], face: null }, 0.05, bounds);
    expect(done).toEqual({ pose: { x: 1, z: 1, yaw: 0.3 }, route: null });
  });
});
