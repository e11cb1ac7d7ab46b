// The editor's colours and the few shapes every view draws with.
import { HEIGHT, WIDTH, type Rect } from './layout.ts';

export const INK = '#f4f1ea';
export const DIM = '#8a8f98';
export const PANEL = '#1d2129';
export const LINE = '#2c313b';
export const ACCENT = '#ffb000';

/** A view's message when there is nothing to show yet, in the canvas's middle. */
export function emptyState(g: CanvasRenderingContext2D, text: string): void {
  g.fillStyle = DIM;
  g.font = '20px system-ui, sans-serif';
  g.textAlign = 'center';
  g.fillText(text, WIDTH / 2, HEIGHT / 2, WIDTH - 48);
}

export function roundRect(g: CanvasRenderingContext2D, r: Rect, radius: number): void {
  g.beginPath();
  g.roundRect(r.x, r.y, r.w, r.h, radius);
}

export function button(
  g: CanvasRenderingContext2D,
  rect: Rect,
  label: string,
  state: 'on' | 'off' | 'disabled',
): void {
  g.fillStyle = state === 'on' ? ACCENT : PANEL;
  roundRect(g, rect, 8);
  g.fill();
  g.fillStyle = state === 'on' ? '#13161c' : state === 'disabled' ? '#4a505b' : INK;
  g.font = '600 18px system-ui, sans-serif';
  g.textAlign = 'center';
  g.fillText(label, rect.x + rect.w / 2, rect.y + rect.h / 2);
}

/** A track's name at the left of its row, on its colour. */
export function trackHeader(
  g: CanvasRenderingContext2D,
  row: Rect,
  name: string,
  color: string,
  width: number,
): void {
  g.fillStyle = PANEL;
  g.fillRect(row.x, row.y, width, row.h - 2);
  g.fillStyle = color;
  g.fillRect(row.x, row.y, 8, row.h - 2);
  g.fillStyle = INK;
  g.font = `600 ${Math.min(17, row.h * 0.45)}px system-ui, sans-serif`;
  g.textAlign = 'left';
  g.fillText(name, row.x + 18, row.y + row.h / 2, width - 24);
}
