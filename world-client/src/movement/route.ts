// A walk from one place to another that steps around what stands on the floor (plinths, seats): the
// tour's walks and the walk to a seat. Pure.
import type { FloorBounds } from '@prostudio/protocol';
import { crosses, type Obstacle } from './obstacles.ts';
import { standable } from './walker.ts';

type Point = { readonly x: number; readonly z: number };

/** Air between a detour and the obstacle it goes around. */
const DETOUR_MARGIN = 0.35;

/**
 * The points to walk through from `from` to `to` (ending with `to`), stepping around each obstacle the
 * straight line would cross, on the side the line passes nearer.
 */
export function routeAround(
  from: Point,
  to: Point,
  obstacles: readonly Obstacle[],
  bounds: FloorBounds,
  depth = 0,
): Point[] {
  const blocker = obstacles.find((obstacle) => crosses(from, to, obstacle));
  if (!blocker || depth >= 4) return [{ x: to.x, z: to.z }];
  const dx = to.x - from.x;
  const dz = to.z - from.z;
  const length = Math.hypot(dx, dz) || 1;
  const normal = { x: -dz / length, z: dx / length };
  const side = (blocker.x - from.x) * normal.x + (blocker.z - from.z) * normal.z >= 0 ? -1 : 1;
  const reach = blocker.radius + DETOUR_MARGIN;
  const via = standable(bounds, [], blocker.x + side * normal.x * reach, blocker.z + side * normal.z * reach);
  return [
    ...routeAround(from, via, obstacles, bounds, depth + 1),
    ...routeAround(via, to, obstacles, bounds, depth + 1),
  ];
}
