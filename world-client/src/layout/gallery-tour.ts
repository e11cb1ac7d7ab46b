// The guided path through a gallery: a place to stand before each work, in the curator's order, and a walk
// between them that goes around the plinths.
import type { FloorBounds } from '@prostudio/protocol';
import type { Obstacle } from '../movement/obstacles.ts';
import { routeAround } from '../movement/route.ts';
import { standable } from '../movement/walker.ts';
import type { Hanging } from './hang-artworks.ts';
import type { Plinth } from './place-sculptures.ts';

/** Where to stand to see one work, and the heading that looks at it. */
export interface TourStop {
  readonly workId: string;
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

type Point = { readonly x: number; readonly z: number };

/** How far in front of a hung work, and of a sculpture's plinth, a visitor stands to look at it. */
const VIEW_DISTANCE = { wall: 2.2, plinth: 1.9 } as const;

/** The heading (yaw 0 faces -z) that looks from `from` toward `to`. */
const headingTo = (from: Point, to: Point) => Math.atan2(-(to.x - from.x), -(to.z - from.z));

/**
 * A stop before each work that is in the room, in the exhibition's order: in front of it along the way its
 * front faces, moved clear of walls and plinths, looking at it.
 */
export function tourStops(
  order: readonly string[],
  hangings: readonly Hanging[],
  plinths: readonly Plinth[],
  bounds: FloorBounds,
  obstacles: readonly Obstacle[],
): TourStop[] {
  const places = new Map<string, { x: number; z: number; yaw: number; distance: number }>();
  for (const { id, position, yaw } of hangings) {
    places.set(id, { x: position[0], z: position[2], yaw, distance: VIEW_DISTANCE.wall });
  }
  for (const { id, x, z, yaw } of plinths) places.set(id, { x, z, yaw, distance: VIEW_DISTANCE.plinth });
  return order.flatMap((workId) => {
    const work = places.get(workId);
    if (!work) return [];
    // A front at yaw θ faces (sin θ, cos θ) on the floor.
    const stand = standable(
      bounds,
      obstacles,
      work.x + Math.sin(work.yaw) * work.distance,
      work.z + Math.cos(work.yaw) * work.distance,
    );
    return [{ workId, ...stand, yaw: headingTo(stand, work) }];
  });
}

/** The whole guided path drawn on the floor: from the entrance through every stop in turn, around the plinths. */
export function tourPath(
  start: Point,
  stops: readonly TourStop[],
  obstacles: readonly Obstacle[],
  bounds: FloorBounds,
): Point[] {
  const path: Point[] = [{ x: start.x, z: start.z }];
  for (const stop of stops)
    path.push(...routeAround(path[path.length - 1] ?? start, stop, obstacles, bounds));
  return path;
}
