// Desktop walking, free of React and three.js: what the keys and a click-to-move target do to a person's
// place on the floor. Touch and XR input will feed the same intent (see world-client/README.md).
import {
  clampToBounds,
  MAX_WALK_SPEED,
  wrapAngle,
  type FloorBounds,
  type FloorPose,
} from '@prostudio/protocol';
import { keepClear, type Obstacle } from './obstacles.ts';

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

/** Where a person may stand: inside the walls and clear of what stands on the floor. */
export function standable(
  bounds: FloorBounds,
  obstacles: readonly Obstacle[],
  x: number,
  z: number,
): { x: number; z: number } {
  const clear = keepClear(clampToBounds(bounds, x, z), obstacles);
  return clampToBounds(bounds, clear.x, clear.z);
}

/** Moves a person by the keys' intent for `dt` seconds, staying inside the walls and out of obstacles. */
export function stepWalk(
  pose: FloorPose,
  intent: MoveIntent,
  dt: number,
  bounds: FloorBounds,
  obstacles: readonly Obstacle[] = [],
): FloorPose {
  const yaw = wrapAngle(pose.yaw + intent.turn);
  const length = Math.hypot(intent.forward, intent.strafe);
  if (length === 0) return { ...pose, yaw };
  const speed = Math.min(MAX_WALK_SPEED, intent.run ? WALK_SPEED * 1.8 : WALK_SPEED);
  const ahead = facing(yaw);
  // Right of facing (x, z) on the floor is (-z, x).
  const dirX = (ahead.x * intent.forward - ahead.z * intent.strafe) / Math.max(1, length);
  const dirZ = (ahead.z * intent.forward + ahead.x * intent.strafe) / Math.max(1, length);
  const place = standable(bounds, obstacles, pose.x + dirX * speed * dt, pose.z + dirZ * speed * dt);
  return { x: place.x, z: place.z, yaw };
}

/**
 * One frame of walking toward a clicked point: returns the new pose, and null as the target once there
 * (or once something stops the way).
 */
export function stepToward(
  pose: FloorPose,
  target: { x: number; z: number },
  dt: number,
  bounds: FloorBounds,
  obstacles: readonly Obstacle[] = [],
): { pose: FloorPose; target: { x: number; z: number } | null } {
  const goal = standable(bounds, obstacles, target.x, target.z);
  const dx = goal.x - pose.x;
  const dz = goal.z - pose.z;
  const distance = Math.hypot(dx, dz);
  if (distance <= ARRIVE_DISTANCE) return { pose: { ...pose, x: goal.x, z: goal.z }, target: null };
  const step = Math.min(distance, WALK_SPEED * dt);
  const yaw = Math.atan2(-dx, -dz);
  const place = standable(
    bounds,
    obstacles,
    pose.x + (dx / distance) * step,
    pose.z + (dz / distance) * step,
  );
  const next = { ...place, yaw };
  // Walking head-on into something: give up rather than push against it for ever.
  const stuck = Math.hypot(place.x - pose.x, place.z - pose.z) < step * 0.1;
  return { pose: next, target: step >= distance || stuck ? null : goal };
}

/** A walk the visitor asked for: through these points in turn, then (if set) turning to face a heading. */
export interface Route {
  readonly points: readonly { readonly x: number; readonly z: number }[];
  readonly face: number | null;
}

const ROUTE_TURN_SPEED = 2.5;

/** One frame along a route: the new pose, and what is left of the route (null once it is walked). */
export function stepRoute(
  pose: FloorPose,
  route: Route,
  dt: number,
  bounds: FloorBounds,
  obstacles: readonly Obstacle[] = [],
): { pose: FloorPose; route: Route | null } {
  const [next, ...rest] = route.points;
  if (next) {
    const step = stepToward(pose, next, dt, bounds, obstacles);
    return { pose: step.pose, route: step.target ? route : { points: rest, face: route.face } };
  }
  if (route.face === null) return { pose, route: null };
  const turn = wrapAngle(route.face - pose.yaw);
  const most = ROUTE_TURN_SPEED * dt;
  if (Math.abs(turn) <= most) return { pose: { ...pose, yaw: wrapAngle(route.face) }, route: null };
  return { pose: { ...pose, yaw: wrapAngle(pose.yaw + Math.sign(turn) * most) }, route };
}

/** Whether two poses differ enough to be worth telling the room about. */
export function movedEnough(a: FloorPose, b: FloorPose): boolean {
  return Math.hypot(a.x - b.x, a.z - b.z) > 0.01 || Math.abs(wrapAngle(a.yaw - b.yaw)) > 0.01;
}
