// The classroom board as a panel app: it draws the page the instructor shows, and lets whoever may draw
// (the instructor) draw on it; strokes go to the room, which sends them to everyone, the drawer included.
import { type BoardStroke, drawPage, extend, splitStroke, strokesOnPage } from './board-strokes.ts';
import type { CanvasApp, PointerPhase } from './canvas-app.ts';

export interface BoardView {
  readonly page: number;
  readonly strokes: readonly BoardStroke[];
}

export interface BoardAppOptions {
  /** The board as the room has it now, and a way to hear when it changes. */
  readonly read: () => BoardView | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** Whether the local person may draw now. */
  readonly canDraw: () => boolean;
  /** The pen. */
  readonly pen: () => { colour: string; width: number };
  readonly send: (stroke: { page: number; colour: string; width: number; points: number[] }) => void;
}

const WIDTH = 1280;
const HEIGHT = 800;

export function createBoardApp(options: BoardAppOptions): CanvasApp {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  canvas.className = 'board-canvas';
  canvas.setAttribute('aria-label', 'The classroom board');
  // A CPU-backed canvas: it is read back as a texture every redraw, which software GL does more reliably.
  const ink = canvas.getContext('2d', { willReadFrequently: true });
  const listeners = new Set<() => void>();
  let drawing: { points: number[]; page: number } | null = null;

  const redraw = () => {
    if (!ink) return;
    const board = options.read();
    const page = board?.page ?? 0;
    const strokes = board ? strokesOnPage(board.strokes, page) : [];
    // The stroke being drawn shows at once, before the room echoes it back.
    const pen = options.pen();
    const pending =
      drawing && drawing.page === page ? [{ id: -1, page, ...pen, points: drawing.points }] : [];
    drawPage(ink, [...strokes, ...pending], WIDTH, HEIGHT);
    for (const listener of listeners) listener();
  };

  const finish = () => {
    if (!drawing) return;
    const { page, points } = drawing;
    drawing = null;
    for (const piece of splitStroke(points)) options.send({ page, ...options.pen(), points: piece });
  };

  redraw();
  return {
    canvas,
    aspect: WIDTH / HEIGHT,
    pointer(phase: PointerPhase, u: number, v: number) {
      if (!options.canDraw()) return;
      if (phase === 'down') {
        drawing = { points: [], page: options.read()?.page ?? 0 };
        extend(drawing.points, u, v);
      } else if (drawing && phase === 'move') {
        if (!extend(drawing.points, u, v)) return;
        // A very long drag is sent in pieces as it goes, so others see it grow.
        if (drawing.points.length >= 2 * 255) {
          const tail = drawing.points.slice(-2);
          finish();
          drawing = { points: tail, page: options.read()?.page ?? 0 };
        }
      } else if (phase === 'up') {
        if (drawing) extend(drawing.points, u, v);
        finish();
      }
      redraw();
    },
    onRedraw(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const unsubscribe = options.subscribe(redraw);
      redraw();
      return unsubscribe;
    },
  };
}
