// Where each work of an exhibition hangs: pure geometry from the room's bounds and the works' pixel sizes,
// so every image keeps its real aspect ratio and no two overlap.
import { HANGING, sizeOnWall as scaledSize, type FloorBounds, type WallPlacement } from '@prostudio/protocol';

export interface WorkSize {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /**
   * The curator's place for it: a wall (0 back, 1 right, 2 entrance, 3 left), a point along it (0..1), and
   * perhaps its centre's height and its size against the default (protocol's exhibition-layout.ts).
   */
  readonly placement?: WallPlacement | null;
}

/** A hung work: its centre, the way it faces (yaw of its front), and its size on the wall in metres. */
export interface Hanging {
  readonly id: string;
  readonly position: readonly [number, number, number];
  readonly yaw: number;
  readonly width: number;
  readonly height: number;
}

const EYE_LINE = HANGING.eyeLine;
const WALL_GAP = 0.02;
const MARGIN = HANGING.margin;

interface Wall {
  readonly length: number;
  /** Point on the wall at distance `t` from its left end, seen from inside the room. */
  at(t: number): { x: number; z: number };
  readonly yaw: number;
}

/** Size of a work on the wall: as large as fits the limits, at its own aspect ratio. */
export function sizeOnWall(width: number, height: number): { width: number; height: number } {
  return scaledSize(width, height);
}

/** The room's walls as a visitor entering sees them, clockwise from above: back, right, entrance, left. */
function wallsOf({ minX, maxX, minZ, maxZ }: FloorBounds): Wall[] {
  return [
    { length: maxX - minX, yaw: 0, at: (t) => ({ x: minX + t, z: minZ + WALL_GAP }) },
    { length: maxZ - minZ, yaw: -Math.PI / 2, at: (t) => ({ x: maxX - WALL_GAP, z: minZ + t }) },
    { length: maxX - minX, yaw: Math.PI, at: (t) => ({ x: maxX - t, z: maxZ - WALL_GAP }) },
    { length: maxZ - minZ, yaw: Math.PI / 2, at: (t) => ({ x: minX + WALL_GAP, z: maxZ - t }) },
  ];
}

/** The walls the room fills by itself, in order (the entrance wall stays clear). */
const AUTO_WALLS = [0, 1, 3];
/** The least space between two works the curator placed on one wall. */
const MIN_GAP = HANGING.minGap;

type Sized = { id: string; width: number; height: number };

const hangAt = (wall: Wall, work: Sized, start: number, height: number = EYE_LINE): Hanging => {
  const centre = wall.at(start + work.width / 2);
  return { ...work, position: [centre.x, height, centre.z], yaw: wall.yaw };
};

/**
 * Where a work `width` wide starts on a wall, as near `wanted` as it can without touching the spans already
 * taken; null when it fits nowhere.
 */
function freeStart(taken: readonly (readonly [number, number])[], wanted: number, width: number, wall: Wall) {
  const fits = (start: number) =>
    start >= MARGIN - 1e-9 &&
    start + width <= wall.length - MARGIN + 1e-9 &&
    taken.every(([from, to]) => start + width + MIN_GAP <= from || start >= to + MIN_GAP);
  const candidates = [wanted, ...taken.flatMap(([from, to]) => [to + MIN_GAP, from - MIN_GAP - width])];
  return candidates.filter(fits).sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted))[0] ?? null;
}

/**
 * Hangs works where their curator placed them, then the rest along the back wall and the left and right walls
 * (a wall the curator used is left to the curator; the entrance wall stays clear), spacing them evenly on
 * each wall. Works that do not fit are left out rather than overlapped.
 */
export function hangArtworks(works: readonly WorkSize[], bounds: FloorBounds): Hanging[] {
  const walls = wallsOf(bounds);
  const hangings: Hanging[] = [];
  const taken = new Map<number, [number, number][]>();
  const free: Sized[] = [];
  for (const work of works) {
    const sized = { id: work.id, ...scaledSize(work.width, work.height, work.placement?.scale ?? 1) };
    const wall = work.placement ? walls[work.placement.wall] : undefined;
    if (!work.placement || !wall) {
      free.push(sized);
      continue;
    }
    const spans = taken.get(work.placement.wall) ?? [];
    const usable = wall.length - 2 * MARGIN - sized.width;
    const along = Math.min(Math.max(work.placement.along, 0), 1);
    const start = freeStart(spans, MARGIN + along * usable, sized.width, wall);
    if (start === null) continue;
    spans.push([start, start + sized.width]);
    taken.set(work.placement.wall, spans);
    hangings.push(hangAt(wall, sized, start, work.placement.height ?? EYE_LINE));
  }
  const autoWalls = AUTO_WALLS.filter((index) => !taken.has(index)).flatMap((index) => walls[index] ?? []);
  // Share the other works between the free walls in proportion to each wall's length, in order.
  const totalLength = autoWalls.reduce((sum, wall) => sum + wall.length, 0);
  let next = 0;
  autoWalls.forEach((wall, index) => {
    const share =
      index === autoWalls.length - 1
        ? free.length - next
        : Math.round((free.length * wall.length) / totalLength);
    const group = free.slice(next, next + share);
    next += group.length;
    const usable = wall.length - 2 * MARGIN;
    const widths = group.reduce((sum, work) => sum + work.width, 0);
    if (group.length === 0 || widths > usable) return;
    const gap = (usable - widths) / group.length;
    let t = MARGIN + gap / 2;
    for (const work of group) {
      hangings.push(hangAt(wall, work, t));
      t += work.width + gap;
    }
  });
  return hangings;
}
