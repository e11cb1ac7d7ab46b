// Desktop walking, free of React and three.js: what the keys and a click-to-move target do to a person's
// place on the floor. Touch and XR input will feed the same intent (see world-client/README.md).
import {
  clampToBounds,
  MAX_WALK_SPEED,
  wrapAngle,
  type FloorBounds,
  type FloorPose,
} from '@prostudio/world-server/shared';

/** What the person wants to do this frame: walk (-1..1 on each axis, relative to where they face) and turn. */
export interface MoveIntent {
  /** +1 forward, -1 back. */
  readonly forward: number;
  /** +1 right, -1 left. */
  readonly strafe: number;
  /** Radians to turn by this frame (positive turns left, as yaw grows counter-clockwise seen from above). */
  readonly turn: number;
  readonly run: boolean;
}

export const IDLE: MoveIntent = { forward: 0, strafe: 0, turn: 0, run: false };

export const WALK_SPEED = 2.2;
const ARRIVE_DISTANCE = 0.08;

/** The direction a yaw faces on the floor: yaw 0 faces -z, yaw π/2 faces -x. */
export function facing(yaw: number): { x: number; z: number } {
  return { x: -Math.sin(yaw), z: -Math.cos(yaw) };
}

/** Moves a person by the keys' intent for `dt` seconds, staying inside the walls. */
export function stepWalk(pose: FloorPose, intent: MoveIntent, dt: number, bounds: FloorBounds): FloorPose {
  const yaw = wrapAngle(pose.yaw + intent.turn);
  const length = Math.hypot(intent.forward, intent.strafe);
  if (length === 0) return { ...pose, yaw };
  const speed = Math.min(MAX_WALK_SPEED, intent.run ? WALK_SPEED * 1.8 : WALK_SPEED);
  const ahead = facing(yaw);
  // Right of facing (x, z) on the floor is (-z, x).
  const dirX = (ahead.x * intent.forward - ahead.z * intent.strafe) / Math.max(1, length);
  const dirZ = (ahead.z * intent.forward + ahead.x * intent.strafe) / Math.max(1, length);
  const place = clampToBounds(bounds, pose.x + dirX * speed * dt, pose.z + dirZ * speed * dt);
  return { x: place.x, z: place.z, yaw };
}

/**
 * One frame of walking toward a clicked point: returns the new pose, and null as the target once there
 * (or once a wall stops the way).
 */
export function stepToward(
  pose: FloorPose,
  target: { x: number; z: number },
  dt: number,
  bounds: FloorBounds,
): { pose: FloorPose; target: { x: number; z: number } | null } {
  const goal = clampToBounds(bounds, target.x, target.z);
  const dx = goal.x - pose.x;
  const dz = goal.z - pose.z;
  const distance = Math.hypot(dx, dz);
  if (distance <= ARRIVE_DISTANCE) return { pose: { ...pose, x: goal.x, z: goal.z }, target: null };
  const step = Math.min(distance, WALK_SPEED * dt);
  const yaw = Math.atan2(-dx, -dz);
  const next = { x: pose.x + (dx / distance) * step, z: pose.z + (dz / distance) * step, yaw };
  return { pose: next, target: step >= distance ? null : goal };
}

/** Whether two poses differ enough to be worth telling the room about. */
export function movedEnough(a: FloorPose, b: FloorPose): boolean {
  return Math.hypot(a.x - b.x, a.z - b.z) > 0.01 || Math.abs(wrapAngle(a.yaw - b.yaw)) > 0.01;
}
