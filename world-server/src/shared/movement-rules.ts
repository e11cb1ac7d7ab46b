import { clampToBounds, type FloorBounds } from './layouts.ts';

/** The fastest anyone walks (m/s); the server allows some slack over this for network jitter. */
export const MAX_WALK_SPEED = 4;
const SPEED_SLACK = 1.5;
const MIN_BUDGET_SECONDS = 0.25;

export interface FloorPose {
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

/** Wraps an angle into [-π, π). */
export function wrapAngle(angle: number): number {
  const turn = 2 * Math.PI;
  return angle - turn * Math.floor((angle + Math.PI) / turn);
}

/**
 * Where the server lets a person go: toward the requested point, but no farther than walking speed allows
 * in the time since their last accepted move, and never through the walls.
 */
export function acceptMove(
  current: FloorPose,
  requested: FloorPose,
  elapsedSeconds: number,
  bounds: FloorBounds,
): FloorPose {
  const budget = MAX_WALK_SPEED * SPEED_SLACK * Math.max(MIN_BUDGET_SECONDS, elapsedSeconds);
  const dx = requested.x - current.x;
  const dz = requested.z - current.z;
  const distance = Math.hypot(dx, dz);
  const scale = distance > budget ? budget / distance : 1;
  const place = clampToBounds(bounds, current.x + dx * scale, current.z + dz * scale);
  return { x: place.x, z: place.z, yaw: wrapAngle(requested.yaw) };
}
