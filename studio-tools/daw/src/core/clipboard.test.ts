import { describe, expect, it } from 'vitest';

import { copyNotes, pasteNotes } from './clipboard.ts';

const note = (id: string, pitch: number, start: number, duration = 1) => ({
  id,
  pitch,
  start,
  duration,
  velocity: 0.5,
});

describe('copying and pasting notes', () => {
  const copied = copyNotes([note('a', 60, 2), note('b', 64, 3, 2)]);

  it('keeps the notes’ shape from the earliest one, and its span', () => {
    expect(copied.span).toBe(3);
    expect(copied.notes.map((n) => [n.pitch, n.start])).toEqual([
      [60, 0],
      [64, 1],
    ]);
  });

  it('copies from a chosen beat, keeping the gap before the first note', () => {
    const fromBar = copyNotes([note('a', 60, 2.5)], 2);
    expect(fromBar.notes[0]?.start).toBe(0.5);
    expect(fromBar.span).toBe(1.5);
  });

  it('pastes at a beat, transposed, with new ids each time', () => {
    const first = pasteNotes(copied, 8, 16, 12);
    const second = pasteNotes(copied, 8, 16, 12);
    expect(first.map((n) => [n.pitch, n.start, n.duration])).toEqual([
      [72, 8, 1],
      [76, 9, 2],
    ]);
    const ids = [...first, ...second].map((n) => n.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => !['a', 'b'].includes(id))).toBe(true);
  });

  it('leaves out what falls past the clip’s end or off the keyboard', () => {
    expect(pasteNotes(copied, 3.5, 4).map((n) => n.pitch)).toEqual([60]);
    expect(pasteNotes(copied, 0, 4, 65).map((n) => n.pitch)).toEqual([125]);
    expect(copyNotes([])).toEqual({ notes: [], span: 0 });
  });
});
