// Where a gallery's sculptures stand: plinths in rows across the middle of the room, clear of the walls so
// the works hung there can still be seen, facing the entrance.
import { PLINTH_SPOT, type FloorBounds, type FloorSpot } from '@prostudio/protocol';
import type { Obstacle } from '../movement/obstacles.ts';

/** A plinth: its centre on the floor and the way its front faces (yaw 0 faces the entrance, +z). */
export interface Plinth {
  readonly id: string;
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

/** The plinth's footprint (square, metres) and height; a sculpture is scaled to stand within its box. */
export const PLINTH = { width: 0.6, height: 1, sculptureHeight: 0.9, sculptureWidth: 0.7 } as const;
/** Room left between the plinths and the walls, for looking at the hung works. */
const WALL_CLEARANCE = 3;
/** The least distance between two plinths' centres (room to walk between and look). */
const SPACING = 2.6;
/** How far a person's centre stays from a plinth's (its half-diagonal plus a body and a little air). */
const KEEP_OUT = (PLINTH.width / 2) * Math.SQRT2 + 0.3;

/**
 * Stands each sculpture on a plinth: one row across the room's middle, then rows behind it toward the back
 * wall as the room allows, each row spread evenly. Sculptures that do not fit are left out.
 */
export function placeSculptures(ids: readonly string[], bounds: FloorBounds): Plinth[] {
  const minX = bounds.minX + WALL_CLEARANCE;
  const maxX = bounds.maxX - WALL_CLEARANCE;
  const perRow = Math.max(1, Math.floor((maxX - minX) / SPACING) + 1);
  const middleZ = (bounds.minZ + bounds.maxZ) / 2;
  const backmost = bounds.minZ + WALL_CLEARANCE;
  const rows = Math.max(1, Math.floor((middleZ - backmost) / SPACING) + 1);
  const placed = ids.slice(0, perRow * rows);
  const plinths: Plinth[] = [];
  for (let row = 0; row * perRow < placed.length; row++) {
    const group = placed.slice(row * perRow, (row + 1) * perRow);
    // Spread a row as wide as the room allows, up to twice the spacing, centred.
    const gap = group.length > 1 ? Math.min(2 * SPACING, (maxX - minX) / (group.length - 1)) : 0;
    const centreX = (minX + maxX) / 2;
    group.forEach((id, index) => {
      plinths.push({
        id,
        x: centreX + (index - (group.length - 1) / 2) * gap,
        z: middleZ - row * SPACING,
        yaw: 0,
      });
    });
  }
  return plinths;
}

/**
 * Stands sculptures where their curator put them (`spot`), and the rest as `placeSculptures` would, in the
 * places of its rows not too close to a curated plinth. Sculptures that do not fit are left out.
 */
export function standSculptures(
  works: readonly { readonly id: string; readonly spot?: FloorSpot | null }[],
  bounds: FloorBounds,
): Plinth[] {
  const placed: Plinth[] = works.flatMap(({ id, spot }) =>
    spot ? [{ id, x: spot.x, z: spot.z, yaw: 0 }] : [],
  );
  const rest = works.filter((work) => !work.spot).map((work) => work.id);
  if (rest.length === 0) return placed;
  const curated = [...placed];
  // More places than needed, so that the ones a curated plinth stands on can be passed over.
  const slots = placeSculptures([...rest, ...curated.map((_, index) => `#${index}`)], bounds);
  const free = slots.filter((slot) =>
    curated.every((plinth) => Math.hypot(plinth.x - slot.x, plinth.z - slot.z) >= PLINTH_SPOT.minDistance),
  );
  rest.forEach((id, index) => {
    const slot = free[index];
    if (slot) placed.push({ ...slot, id });
  });
  return placed;
}

/** The plinths as the floor's obstacles. */
export function plinthObstacles(plinths: readonly Plinth[]): Obstacle[] {
  return plinths.map(({ x, z }) => ({ x, z, radius: KEEP_OUT }));
}

type Box = { readonly min: readonly number[]; readonly max: readonly number[] };

/**
 * How to stand a model of any size and origin on its plinth: one scale that fits it in the plinth's box
 * (keeping its proportions), and the offset that puts its base on the top, centred.
 */
export function fitOnPlinth({ min, max }: Box): { scale: number; offset: [number, number, number] } {
  const [x0 = 0, y0 = 0, z0 = 0] = min;
  const [x1 = 0, y1 = 0, z1 = 0] = max;
  const height = y1 - y0;
  const width = Math.max(x1 - x0, z1 - z0);
  const scale = Math.min(
    height > 0 ? PLINTH.sculptureHeight / height : Infinity,
    width > 0 ? PLINTH.sculptureWidth / width : Infinity,
  );
  const fitted = Number.isFinite(scale) ? scale : 1;
  return {
    scale: fitted,
    offset: [(-(x0 + x1) / 2) * fitted, PLINTH.height - y0 * fitted, (-(z0 + z1) / 2) * fitted],
  };
}
