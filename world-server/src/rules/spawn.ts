// Where someone appears on joining: performers on the stage facing the audience, instructors before the
// board facing the seats; everyone else along the entrance, spread by their slot so that newcomers do not
// stand inside each other.
import { hostSpot, LAYOUTS, type FloorPose, type SpaceKind } from '@prostudio/protocol';

/** Newcomers are spread over this many places across the entrance, this far apart (m). */
const SPREAD = 7;
const APART = 0.9;

/** Where a person of `role` with pose-stream slot `slot` appears in a space of `kind`. */
export function spawnPoint(kind: SpaceKind, role: string, slot: number): FloorPose {
  const layout = LAYOUTS[kind];
  const spot = hostSpot(layout, role);
  if (spot) return { x: spot.x, z: spot.z, yaw: spot.yaw };
  const { x, z, yaw } = layout.spawn;
  return { x: x + ((slot % SPREAD) - Math.floor(SPREAD / 2)) * APART, z, yaw };
}
