// The classroom's seats: rows facing the board on the front wall, with an aisle down the middle and room
// behind for the door. Pure, so walking, sitting and drawing share the numbers.
import type { FloorBounds } from '@prostudio/protocol';
import type { Obstacle } from '../movement/obstacles.ts';

/** A seat: where its sitter's feet are, and the way they face (yaw 0 faces the board, -z). */
export interface Seat {
  readonly id: string;
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

/** A seat's size (metres): its square top and how high it is; the eyes of someone sitting. */
export const SEAT = { width: 0.5, height: 0.45, back: 0.85, eyes: 1.15 } as const;
const ROWS = 4;
const PER_SIDE = 3;
const SPACING = { across: 1.4, back: 1.6 } as const;
/** The first row's distance from the front wall, and the aisle's half-width. */
const FRONT = 4;
const AISLE = 1;
/** How far a person's centre stays from a seat's (its half-diagonal plus a body). */
const KEEP_OUT = (SEAT.width / 2) * Math.SQRT2 + 0.25;

/** The seats, row by row from the front, left to right, each side of the aisle. */
export function classroomSeats(bounds: FloorBounds): Seat[] {
  const seats: Seat[] = [];
  const centre = (bounds.minX + bounds.maxX) / 2;
  for (let row = 0; row < ROWS; row++) {
    const z = bounds.minZ + FRONT + row * SPACING.back;
    for (let i = 0; i < PER_SIDE; i++) {
      const out = AISLE + SPACING.across / 2 + i * SPACING.across;
      for (const x of [centre - out, centre + out]) seats.push({ id: '', x, z, yaw: 0 });
    }
  }
  return seats
    .sort((a, b) => a.z - b.z || a.x - b.x)
    .map((seat, index) => ({
      ...seat,
      id: `seat-${Math.floor(index / (2 * PER_SIDE)) + 1}-${(index % (2 * PER_SIDE)) + 1}`,
    }));
}

/** The seats as what walking goes around, but for `sittingIn` (the seat being walked to, or sat in). */
export function seatObstacles(seats: readonly Seat[], sittingIn: string | null = null): Obstacle[] {
  return seats.filter((seat) => seat.id !== sittingIn).map(({ x, z }) => ({ x, z, radius: KEEP_OUT }));
}

/** The nearest seat to (x, z) that nobody else is in (nobody within half a metre of it), or null. */
export function nearestFreeSeat(
  seats: readonly Seat[],
  from: { readonly x: number; readonly z: number },
  others: readonly { readonly x: number; readonly z: number }[],
): Seat | null {
  const free = seats.filter((seat) => others.every((o) => Math.hypot(o.x - seat.x, o.z - seat.z) > 0.5));
  const distance = (seat: Seat) => Math.hypot(seat.x - from.x, seat.z - from.z);
  return free.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The seat someone standing at `place` is sitting in (only the sitter can stand at a seat's centre), or null. */
export function seatAt(
  seats: readonly Seat[],
  place: { readonly x: number; readonly z: number },
): Seat | null {
  return seats.find((seat) => Math.hypot(seat.x - place.x, seat.z - place.z) < 0.05) ?? null;
}
