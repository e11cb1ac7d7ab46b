// Where each work of an exhibition hangs: pure geometry from the room's bounds and the works' pixel sizes,
// so every image keeps its real aspect ratio and no two overlap.
import type { FloorBounds } from '@prostudio/world-server/shared';

export interface WorkSize {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

/** A hung work: its centre, the way it faces (yaw of its front), and its size on the wall in metres. */
export interface Hanging {
  readonly id: string;
  readonly position: readonly [number, number, number];
  readonly yaw: number;
  readonly width: number;
  readonly height: number;
}

const MAX_HEIGHT = 1.5;
const MAX_WIDTH = 2.2;
const EYE_LINE = 1.6;
const WALL_GAP = 0.02;
const MARGIN = 1;

interface Wall {
  readonly length: number;
  /** Point on the wall at distance `t` from its left end, seen from inside the room. */
  at(t: number): { x: number; z: number };
  readonly yaw: number;
}

/** Size of a work on the wall: as large as fits the limits, at its own aspect ratio. */
export function sizeOnWall(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(MAX_HEIGHT / height, MAX_WIDTH / width);
  return { width: width * scale, height: height * scale };
}

/**
 * Hangs works along the back wall, then the left and right walls (the entrance wall stays clear), spacing
 * them evenly on each wall. Works that do not fit are left out rather than overlapped.
 */
export function hangArtworks(works: readonly WorkSize[], bounds: FloorBounds): Hanging[] {
  const { minX, maxX, minZ, maxZ } = bounds;
  const walls: Wall[] = [
    { length: maxX - minX, yaw: 0, at: (t) => ({ x: minX + t, z: minZ + WALL_GAP }) },
    { length: maxZ - minZ, yaw: -Math.PI / 2, at: (t) => ({ x: maxX - WALL_GAP, z: minZ + t }) },
    { length: maxZ - minZ, yaw: Math.PI / 2, at: (t) => ({ x: minX + WALL_GAP, z: maxZ - t }) },
  ];
  const sized = works.map((work) => ({ id: work.id, ...sizeOnWall(work.width, work.height) }));
  // Share the works between walls in proportion to each wall's length, in order.
  const totalLength = walls.reduce((sum, wall) => sum + wall.length, 0);
  const hangings: Hanging[] = [];
  let next = 0;
  walls.forEach((wall, index) => {
    const share =
      index === walls.length - 1
        ? sized.length - next
        : Math.round((sized.length * wall.length) / totalLength);
    const group = sized.slice(next, next + share);
    next += group.length;
    const usable = wall.length - 2 * MARGIN;
    const widths = group.reduce((sum, work) => sum + work.width, 0);
    if (group.length === 0 || widths > usable) return;
    const gap = (usable - widths) / group.length;
    let t = MARGIN + gap / 2;
    for (const work of group) {
      const centre = wall.at(t + work.width / 2);
      hangings.push({ ...work, position: [centre.x, EYE_LINE, centre.z], yaw: wall.yaw });
      t += work.width + gap;
    }
  });
  return hangings;
}
