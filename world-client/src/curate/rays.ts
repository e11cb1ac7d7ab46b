// Where a pointer's ray meets the gallery: a point on one of its walls (for dragging a work along them) or on
// its floor (for a sculpture's plinth). Plain vectors, so the geometry is tested in Node.
import type { FloorBounds } from '@prostudio/protocol';

type Vec3 = readonly [number, number, number];

/** A point on a wall: the wall (0 back, 1 right, 2 entrance, 3 left), metres from its left end, height. */
export interface WallPoint {
  readonly wall: number;
  readonly t: number;
  readonly y: number;
}

/** The four walls' planes: which axis they stand across, where, and how `t` runs along them. */
const planes = (b: FloorBounds) =>
  [
    { axis: 2, at: b.minZ, t: (x: number, _z: number) => x - b.minX },
    { axis: 0, at: b.maxX, t: (_x: number, z: number) => z - b.minZ },
    { axis: 2, at: b.maxZ, t: (x: number, _z: number) => b.maxX - x },
    { axis: 0, at: b.minX, t: (_x: number, z: number) => b.maxZ - z },
  ] as const;

/** The nearest wall the ray from `origin` along `direction` meets, within the room's walls; null if none. */
export function wallHit(
  origin: Vec3,
  direction: Vec3,
  bounds: FloorBounds,
  wallHeight: number,
): WallPoint | null {
  let best: (WallPoint & { distance: number }) | null = null;
  planes(bounds).forEach((plane, wall) => {
    const d = direction[plane.axis];
    if (Math.abs(d) < 1e-9) return;
    const distance = (plane.at - origin[plane.axis]) / d;
    if (distance <= 0 || (best && distance >= best.distance)) return;
    const x = origin[0] + direction[0] * distance;
    const y = origin[1] + direction[1] * distance;
    const z = origin[2] + direction[2] * distance;
    const inside =
      x >= bounds.minX - 1e-6 &&
      x <= bounds.maxX + 1e-6 &&
      z >= bounds.minZ - 1e-6 &&
      z <= bounds.maxZ + 1e-6 &&
      y >= 0 &&
      y <= wallHeight;
    if (inside) best = { wall, t: plane.t(x, z), y, distance };
  });
  if (!best) return null;
  const { wall, t, y } = best;
  return { wall, t, y };
}

/** Where the ray meets the floor (y = 0) in front of it; null when it looks up or level. */
export function floorHit(origin: Vec3, direction: Vec3): { x: number; z: number } | null {
  if (direction[1] >= -1e-9) return null;
  const distance = -origin[1] / direction[1];
  return { x: origin[0] + direction[0] * distance, z: origin[2] + direction[2] * distance };
}

/** The point on the room's floor in front of wall `wall` at `t` along it, `inset` metres into the room. */
export function wallPointToRoom(
  bounds: FloorBounds,
  wall: number,
  t: number,
  inset = 0,
): { x: number; z: number; yaw: number } {
  switch (wall) {
    case 0:
      return { x: bounds.minX + t, z: bounds.minZ + inset, yaw: 0 };
    case 1:
      return { x: bounds.maxX - inset, z: bounds.minZ + t, yaw: -Math.PI / 2 };
    case 2:
      return { x: bounds.maxX - t, z: bounds.maxZ - inset, yaw: Math.PI };
    default:
      return { x: bounds.minX + inset, z: bounds.maxZ - t, yaw: Math.PI / 2 };
  }
}
