// What a panel hosts: an application that draws on its own canvas and takes pointer input in the canvas's
// own terms (u, v in 0..1 from its top left), whether the pointer is a mouse, a finger or an XR ray. The
// image editor, the vector editor and the DAW will be such apps; the classroom board is the first.

export type PointerPhase = 'down' | 'move' | 'up';

export interface CanvasApp {
  /** What the app draws on; a panel shows it in the world (and may show it on the page, enlarged). */
  readonly canvas: HTMLCanvasElement;
  /** Width over height. */
  readonly aspect: number;
  /** A pointer on the canvas. */
  pointer(phase: PointerPhase, u: number, v: number): void;
  /** Calls `listener` after each redraw (a panel re-uploads its texture then); returns an unsubscribe. */
  onRedraw(listener: () => void): () => void;
  /** Starts the app's subscriptions and timers; returns how to stop them. */
  start(): () => void;
}
