import { clampToBounds, type FloorBounds } from './layouts.ts';

/** The fastest anyone moves (m/s: running); the server allows some slack over this for network jitter. */
export const MAX_WALK_SPEED = 4;
const SPEED_SLACK = 1.5;
/** The longest single step (m): a quarter second at full pace with slack, so a late message is not cut short. */
export const MAX_STRIDE = MAX_WALK_SPEED * SPEED_SLACK * 0.25;

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
 * How far someone may go in their next step: the distance they left unused, plus what running for the
 * time since their last step allows, up to one stride. Many small steps thus add up to running pace at
 * most, however often they come (a pose stream at 30 Hz, moves at 15 Hz, or both).
 */
export function strideAfter(unused: number, elapsedSeconds: number): number {
  return Math.min(
    MAX_STRIDE,
    Math.max(0, unused) + MAX_WALK_SPEED * SPEED_SLACK * Math.max(0, elapsedSeconds),
  );
}

/**
 * Where the server lets a person go: toward the requested point, but no farther than `stride` metres, and
 * never through the walls.
 */
export function acceptMove(
  current: FloorPose,
  requested: FloorPose,
  stride: number,
  bounds: FloorBounds,
): FloorPose {
  const dx = requested.x - current.x;
  const dz = requested.z - current.z;
  const distance = Math.hypot(dx, dz);
  const scale = distance > stride ? stride / distance : 1;
  const place = clampToBounds(bounds, current.x + dx * scale, current.z + dz * scale);
  return { x: place.x, z: place.z, yaw: wrapAngle(requested.yaw) };
}
