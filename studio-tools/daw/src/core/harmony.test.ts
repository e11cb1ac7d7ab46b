import { describe, expect, it } from 'vitest';

import { chordNotes, harmonyOf } from './harmony.ts';

let n = 0;
const id = () => `n${n++}`;

describe('a clip’s harmony', () => {
  it('reads a I–V–vi–IV clip in G bar by bar, with numerals, and suggests what follows IV', () => {
    const bars = ['G', 'D', 'Em', 'C'];
    const notes = bars.flatMap((chord, bar) => chordNotes(chord, bar * 4, 4, id));
    const harmony = harmonyOf({ notes, length: 16 }, 4);
    expect(harmony.key?.name).toBe('G major');
    expect(harmony.bars.map((b) => `${b.chord}:${b.numeral}`)).toEqual(['G:I', 'D:V', 'Em:VIm', 'C:IV']);
    expect(harmony.next[0]?.chord).toBe('D');
  });

  it('keeps C major when a fifth bar of G follows I–V–vi–IV in C (the F natural is not in G major)', () => {
    const notes = ['C', 'G', 'Am', 'F', 'G'].flatMap((chord, bar) => chordNotes(chord, bar * 4, 4, id));
    const harmony = harmonyOf({ notes, length: 20 }, 4);
    expect(harmony.key?.name).toBe('C major');
    expect(harmony.bars.at(-1)).toEqual({ bar: 4, chord: 'G', numeral: 'V' });
  });

  it('leaves a bar with fewer than three notes without a chord, and an empty clip without a key', () => {
    const harmony = harmonyOf(
      { notes: [{ id: 'a', pitch: 60, start: 0, duration: 1, velocity: 1 }], length: 8 },
      4,
    );
    expect(harmony.bars).toEqual([
      { bar: 0, chord: null, numeral: null },
      { bar: 1, chord: null, numeral: null },
    ]);
    expect(harmonyOf({ notes: [], length: 4 }, 4)).toEqual({
      key: null,
      bars: [{ bar: 0, chord: null, numeral: null }],
      next: [],
    });
  });

  it('stacks a chord’s notes upward from its root, held as long as asked', () => {
    const am = chordNotes('Am', 4, 2, id);
    expect(am.map((note) => note.pitch)).toEqual([57, 60, 64]);
    expect(am.every((note) => note.start === 4 && note.duration === 2)).toBe(true);
    expect(chordNotes('G7', 0, 1, id).map((note) => note.pitch)).toEqual([55, 59, 62, 65]);
    expect(chordNotes('not a chord', 0, 1, id)).toEqual([]);
  });
});
