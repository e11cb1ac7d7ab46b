// The classroom board's strokes: turning a drag into strokes the room accepts, and drawing them. Pure (the
// drawing takes any 2D context), so it is tested in Node.
import { STROKE_MAX_POINTS } from '@prostudio/protocol';

export interface BoardStroke {
  readonly id: number;
  readonly page: number;
  readonly colour: string;
  /** Line width in thousandths of the board's width. */
  readonly width: number;
  /** x0, y0, x1, y1, … in 0..1 across and down the board. */
  readonly points: readonly number[];
}

/** The least move, as a fraction of the board, worth a new point (jitter adds nothing to a line). */
export const MIN_STEP = 0.002;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Adds a point to a stroke being drawn unless it is too close to the last one; says whether it did. */
export function extend(points: number[], u: number, v: number, minStep = MIN_STEP): boolean {
  const x = clamp01(u);
  const y = clamp01(v);
  const lastX = points.at(-2);
  const lastY = points.at(-1);
  if (lastX !== undefined && lastY !== undefined && Math.hypot(x - lastX, y - lastY) < minStep) return false;
  points.push(x, y);
  return true;
}

/**
 * Cuts a long drag into strokes of at most `STROKE_MAX_POINTS` points, each starting where the last ended so
 * the line stays unbroken. A single point becomes a dot (the point twice).
 */
export function splitStroke(points: readonly number[], maxPoints = STROKE_MAX_POINTS): number[][] {
  if (points.length < 2) return [];
  if (points.length === 2) return [[...points, ...points]];
  const pieces: number[][] = [];
  for (let start = 0; start < points.length / 2 - 1; start += maxPoints - 1) {
    pieces.push(points.slice(start * 2, Math.min(points.length, (start + maxPoints) * 2)));
  }
  return pieces;
}

/** The strokes of one page, oldest first (as drawn). */
export const strokesOnPage = (strokes: readonly BoardStroke[], page: number): BoardStroke[] =>
  strokes.filter((stroke) => stroke.page === page);

type Ink = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fillRect'
  | 'lineCap'
  | 'lineJoin'
  | 'lineWidth'
  | 'strokeStyle'
  | 'fillStyle'
>;

export const BOARD_COLOUR = '#f7f5ef';

/** Draws a page of the board on a canvas `width` x `height` pixels. */
export function drawPage(ink: Ink, strokes: readonly BoardStroke[], width: number, height: number): void {
  ink.fillStyle = BOARD_COLOUR;
  ink.fillRect(0, 0, width, height);
  ink.lineCap = 'round';
  ink.lineJoin = 'round';
  for (const stroke of strokes) {
    ink.strokeStyle = stroke.colour;
    ink.lineWidth = Math.max(1, (stroke.width / 1000) * width);
    ink.beginPath();
    for (let i = 0; i + 1 < stroke.points.length; i += 2) {
      const x = (stroke.points[i] ?? 0) * width;
      const y = (stroke.points[i + 1] ?? 0) * height;
      if (i === 0) ink.moveTo(x, y);
      else ink.lineTo(x, y);
    }
    ink.stroke();
  }
}
