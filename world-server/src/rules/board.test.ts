import { describe, expect, it } from 'vitest';
import { clearPage, keepStroke, MAX_BOARD_STROKES } from './board.ts';

describe('the board', () => {
  it('keeps the latest strokes when full, the oldest going first', () => {
    const strokes: Array<{ id: number; page: number }> = [];
    for (let id = 1; id <= MAX_BOARD_STROKES + 5; id++) keepStroke(strokes, { id, page: id % 3 });
    expect(strokes).toHaveLength(MAX_BOARD_STROKES);
    expect(strokes[0]?.id).toBe(6);
    expect(strokes.at(-1)?.id).toBe(MAX_BOARD_STROKES + 5);
  });

  it("clears one page's strokes and keeps the others' in order", () => {
    const strokes = [1, 2, 3, 4, 5, 6].map((id) => ({ id, page: id % 2 }));
    clearPage(strokes, 1);
    expect(strokes.map((s) => s.id)).toEqual([2, 4, 6]);
  });
});
