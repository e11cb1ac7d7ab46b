// What the classroom board keeps: the latest strokes over all its pages, the oldest going first when it is
// full (at most ~2 kB each, so a newcomer is sent at most ~600 kB of board).

export const MAX_BOARD_STROKES = 300;

/** The board's strokes, as the synced list offers them (a plain array in tests). */
export interface StrokeList<T extends { page: number }> {
  readonly length: number;
  at(index: number): T | undefined;
  push(...items: T[]): number;
  shift(): T | undefined;
  splice(start: number, count: number): unknown;
}

/** Adds a stroke, making room by dropping the oldest. */
export function keepStroke<T extends { page: number }>(strokes: StrokeList<T>, stroke: T): void {
  while (strokes.length >= MAX_BOARD_STROKES) strokes.shift();
  strokes.push(stroke);
}

/** Removes a page's strokes, leaving the other pages'. */
export function clearPage<T extends { page: number }>(strokes: StrokeList<T>, page: number): void {
  for (let i = strokes.length - 1; i >= 0; i--) if (strokes.at(i)?.page === page) strokes.splice(i, 1);
}
