import { STROKE_MAX_POINTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { drawPage, extend, splitStroke, strokesOnPage } from './board-strokes.ts';

describe('board strokes', () => {
  it('keeps points only when the pen really moved, inside the board', () => {
    const points: number[] = [];
    expect(extend(points, 0.5, 0.5)).toBe(true);
    expect(extend(points, 0.5005, 0.5)).toBe(false);
    expect(extend(points, 1.4, -0.2)).toBe(true);
    expect(points).toEqual([0.5, 0.5, 1, 0]);
  });

  it('cuts a long drag into strokes the room accepts, joined end to start', () => {
    const points = Array.from({ length: 600 }, (_, i) => [i / 600, 0.5]).flat();
    const pieces = splitStroke(points);
    expect(pieces.every((piece) => piece.length / 2 <= STROKE_MAX_POINTS && piece.length >= 4)).toBe(true);
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]?.slice(0, 2)).toEqual(pieces[i - 1]?.slice(-2));
    }
    const covered = new Set(pieces.flatMap((piece) => piece.filter((_, j) => j % 2 === 0)));
    expect(covered.size).toBe(600);
    expect(splitStroke([0.2, 0.3])).toEqual([[0.2, 0.3, 0.2, 0.3]]);
    expect(splitStroke([])).toEqual([]);
  });

  it('draws a page: the board, then each of its strokes in its colour and width', () => {
    const calls: string[] = [];
    const ink = {
      set fillStyle(value: string) {
        calls.push(`fill ${value}`);
      },
      set strokeStyle(value: string) {
        calls.push(`colour ${value}`);
      },
      set lineWidth(value: number) {
        calls.push(`width ${value}`);
      },
      lineCap: 'butt' as CanvasLineCap,
      lineJoin: 'miter' as CanvasLineJoin,
      fillRect: () => calls.push('board'),
      beginPath: () => calls.push('begin'),
      moveTo: (x: number, y: number) => calls.push(`move ${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`line ${x},${y}`),
      stroke: () => calls.push('stroke'),
    };
    const strokes = [
      { id: 1, page: 0, colour: '#ff0000', width: 5, points: [0, 0, 0.5, 1] },
      { id: 2, page: 1, colour: '#00ff00', width: 5, points: [0, 0, 1, 1] },
    ];
    drawPage(ink as unknown as CanvasRenderingContext2D, strokesOnPage(strokes, 0), 1000, 600);
    expect(calls).toEqual([
      'fill #f7f5ef',
      'board',
      'colour #ff0000',
      'width 5',
      'begin',
      'move 0,0',
      'line 500,600',
      'stroke',
    ]);
  });
});
