// Snapping while a work is dragged: its centre along the wall to a spacing grid, or to an even gap from the
// work beside it; its height to a neighbour's centre height, or to a finer grid.

/** The grid a work's centre snaps to along a wall, and its height to (metres). */
export const SNAP = { along: 0.25, height: 0.05, neighbourHeight: 0.1, gap: 0.6, gapPull: 0.15 } as const;

/** A work already on the same wall: its centre and width along it, and its centre's height. */
export interface Neighbour {
  readonly centre: number;
  readonly width: number;
  readonly height: number;
}

const round = (value: number, step: number) => Math.round(value / step) * step;

/**
 * Where a work `width` wide dragged to `raw` (its centre, metres along the wall) settles: an even gap of
 * SNAP.gap from the nearest neighbour when it comes that close to it, else the grid.
 */
export function snapAlong(raw: number, width: number, neighbours: readonly Neighbour[]): number {
  let best: number | null = null;
  for (const other of neighbours) {
    const apart = (width + other.width) / 2 + SNAP.gap;
    for (const candidate of [other.centre - apart, other.centre + apart]) {
      const pull = Math.abs(candidate - raw);
      if (pull <= SNAP.gapPull && (best === null || pull < Math.abs(best - raw))) best = candidate;
    }
  }
  return best ?? round(raw, SNAP.along);
}

/** Where a dragged work's centre height settles: a neighbour's when near it, else the grid. */
export function snapHeight(raw: number, neighbours: readonly Neighbour[]): number {
  const near = neighbours
    .map((other) => other.height)
    .filter((height) => Math.abs(height - raw) <= SNAP.neighbourHeight)
    .sort((a, b) => Math.abs(a - raw) - Math.abs(b - raw))[0];
  return near ?? round(raw, SNAP.height);
}
