// How an exhibition's works are laid out in a gallery, and what a curated layout must respect: works on the
// walls inside them and apart, sculptures on plinths clear of the walls and of one another. Shared by the
// gallery that hangs the works (world-client/src/layout), the curating mode that places them and the backend
// that refuses a layout breaking these rules, so that what a curator saves is what visitors see.
import type { FloorBounds, SpaceLayout } from './layouts.ts';

/** The hanging rules, in metres. */
export const HANGING = {
  /** A work's default size: as large as fits this box, at its own aspect ratio. */
  maxHeight: 1.5,
  maxWidth: 2.2,
  /** Where a work's centre hangs unless its curator says otherwise. */
  eyeLine: 1.6,
  /** Left clear at each end of a wall. */
  margin: 1,
  /** The least space between two works on one wall. */
  minGap: 0.3,
  /** How far a curator may shrink or enlarge a work from its default size. */
  minScale: 0.3,
  maxScale: 2.5,
  /** Left clear below a work and above it. */
  floorClearance: 0.3,
  ceilingClearance: 0.2,
} as const;

/** Where a curator may stand a plinth, in metres. */
export const PLINTH_SPOT = {
  /** From a plinth's centre to any wall (room to walk round it and to see the works hung there). */
  wallClearance: 1.2,
  /** Between two plinths' centres. */
  minDistance: 1.2,
} as const;

/** The gallery's walls: 0 back (facing the entrance), then clockwise seen from above. */
export const WALL_NAMES = ['back', 'right', 'entrance', 'left'] as const;

/** A work's place on a wall: which wall, where along it (0..1), its centre's height and its size. */
export interface WallPlacement {
  readonly wall: number;
  /** 0 at the wall's left end (seen from inside the room), 1 at its right, within its margins. */
  readonly along: number;
  /** The work's centre above the floor (metres); null: at eye level. */
  readonly height?: number | null;
  /** Its size against its default one; null: 1. */
  readonly scale?: number | null;
}

/** A sculpture's plinth: its centre on the floor. */
export interface FloorSpot {
  readonly x: number;
  readonly z: number;
}

/** A work's size on the wall (metres): its default size, times the curator's scale. */
export function sizeOnWall(width: number, height: number, scale = 1): { width: number; height: number } {
  const fit = Math.min(HANGING.maxHeight / height, HANGING.maxWidth / width) * scale;
  return { width: width * fit, height: height * fit };
}

/** How long wall `wall` is. */
export function wallLength(bounds: FloorBounds, wall: number): number {
  return wall % 2 === 0 ? bounds.maxX - bounds.minX : bounds.maxZ - bounds.minZ;
}

/** Where on its wall a work `width` wide starts, for a place `along` it (0..1, kept within the margins). */
export function startOnWall(along: number, width: number, length: number): number {
  const usable = length - 2 * HANGING.margin - width;
  return HANGING.margin + Math.min(Math.max(along, 0), 1) * usable;
}

/** The `along` that puts the centre of a work `width` wide at `centre` metres from its wall's left end. */
export function alongForCentre(centre: number, width: number, length: number): number {
  const usable = length - 2 * HANGING.margin - width;
  if (usable <= 0) return 0.5;
  return Math.min(Math.max((centre - width / 2 - HANGING.margin) / usable, 0), 1);
}

/** One work of a layout to check: its pixel size, whether it is a sculpture, and where its curator put it. */
export interface LayoutWork {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly sculpture: boolean;
  readonly placement: WallPlacement | null;
  readonly spot: FloorSpot | null;
}

/** What is wrong with one work's place, in words for its curator. */
export interface LayoutProblem {
  readonly id: string;
  readonly message: string;
}

interface Span {
  readonly id: string;
  readonly title: string;
  readonly from: number;
  readonly to: number;
}

function wallProblems(work: LayoutWork, placement: WallPlacement, layout: SpaceLayout): string | null {
  const { wall, along } = placement;
  if (!Number.isInteger(wall) || wall < 0 || wall > 3) return 'its wall must be one of the four walls.';
  if (!(along >= 0 && along <= 1)) return 'its place along the wall must be between 0 and 1.';
  const scale = placement.scale ?? 1;
  if (!(scale >= HANGING.minScale && scale <= HANGING.maxScale)) {
    return `its size must be between ${HANGING.minScale * 100}% and ${HANGING.maxScale * 100}%.`;
  }
  const size = sizeOnWall(work.width, work.height, scale);
  const name = WALL_NAMES[wall] ?? 'the';
  if (size.width > wallLength(layout.bounds, wall) - 2 * HANGING.margin + 1e-9) {
    return `it is too wide for the ${name} wall.`;
  }
  const centre = placement.height ?? HANGING.eyeLine;
  if (centre - size.height / 2 < HANGING.floorClearance - 1e-9)
    return 'it hangs too low (it reaches the floor).';
  if (centre + size.height / 2 > layout.wallHeight - HANGING.ceilingClearance + 1e-9) {
    return 'it hangs too high (it reaches the ceiling).';
  }
  return null;
}

function spotProblem(spot: FloorSpot, bounds: FloorBounds): string | null {
  const clear = PLINTH_SPOT.wallClearance - 1e-9;
  const inside =
    spot.x >= bounds.minX + clear &&
    spot.x <= bounds.maxX - clear &&
    spot.z >= bounds.minZ + clear &&
    spot.z <= bounds.maxZ - clear;
  return inside ? null : `its plinth must stand at least ${PLINTH_SPOT.wallClearance} m from the walls.`;
}

/**
 * What breaks the rules in a curated layout: a work off its wall, too large, too low or too high, or closer
 * than the least gap to another on the same wall; a sculpture's plinth too near a wall or another plinth; a
 * picture on the floor or a sculpture on a wall. Works left to the gallery (no place given) break nothing.
 */
export function layoutProblems(works: readonly LayoutWork[], layout: SpaceLayout): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const say = (work: LayoutWork, message: string) =>
    problems.push({ id: work.id, message: `“${work.title}”: ${message}` });
  const spans = new Map<number, Span[]>();
  const spots: { work: LayoutWork; spot: FloorSpot }[] = [];
  for (const work of works) {
    if (work.sculpture && work.placement) say(work, 'a sculpture stands on a plinth, not on a wall.');
    else if (!work.sculpture && work.spot) say(work, 'a picture hangs on a wall, not on a plinth.');
    else if (work.placement) {
      const problem = wallProblems(work, work.placement, layout);
      if (problem) {
        say(work, problem);
        continue;
      }
      const size = sizeOnWall(work.width, work.height, work.placement.scale ?? 1);
      const length = wallLength(layout.bounds, work.placement.wall);
      const from = startOnWall(work.placement.along, size.width, length);
      const list = spans.get(work.placement.wall) ?? [];
      list.push({ id: work.id, title: work.title, from, to: from + size.width });
      spans.set(work.placement.wall, list);
    } else if (work.spot) {
      const problem = spotProblem(work.spot, layout.bounds);
      if (problem) say(work, problem);
      else spots.push({ work, spot: work.spot });
    }
  }
  for (const [wall, list] of spans) {
    const sorted = [...list].sort((a, b) => a.from - b.from);
    sorted.forEach((span, index) => {
      const next = sorted[index + 1];
      if (next && next.from - span.to < HANGING.minGap - 1e-9) {
        problems.push({
          id: next.id,
          message: `“${next.title}” is closer than ${HANGING.minGap * 100} cm to “${span.title}” on the ${WALL_NAMES[wall]} wall.`,
        });
      }
    });
  }
  spots.forEach(({ work, spot }, index) => {
    for (const other of spots.slice(0, index)) {
      if (Math.hypot(spot.x - other.spot.x, spot.z - other.spot.z) < PLINTH_SPOT.minDistance - 1e-9) {
        say(work, `its plinth stands too close to the plinth of “${other.work.title}”.`);
        break;
      }
    }
  });
  return problems;
}
