import { describe, expect, it } from 'vitest';

import { barBeats, clicksBetween, nextBar, notesBetween, secondsPerBeat, swung } from './timing.ts';

const fourFour = { beatsPerBar: 4, beatUnit: 4 };
const note = (id: string, start: number, pitch = 60) => ({ id, pitch, start, duration: 0.25, velocity: 1 });

describe('musical time', () => {
  it('turns tempo into seconds per beat and metre into bar lengths', () => {
    expect(secondsPerBeat(120)).toBe(0.5);
    expect(barBeats(fourFour)).toBe(4);
    expect(barBeats({ beatsPerBar: 6, beatUnit: 8 })).toBe(3);
    expect(barBeats({ beatsPerBar: 7, beatUnit: 4 })).toBe(7);
  });

  it('launches on the next bar line, or at once on one', () => {
    expect(nextBar(0, fourFour)).toBe(0);
    expect(nextBar(0.01, fourFour)).toBe(4);
    expect(nextBar(7.99, fourFour)).toBe(8);
    expect(nextBar(8, fourFour)).toBe(8);
    expect(nextBar(4, { beatsPerBar: 6, beatUnit: 8 })).toBe(6);
  });

  it('swings the off-beat eighth late and leaves beats where they are', () => {
    expect(swung(2, 0.5)).toBe(2);
    expect(swung(2.5, 0)).toBe(2.5);
    expect(swung(2.5, 0.5)).toBeCloseTo(2.75);
    expect(swung(2.25, 0.5)).toBeCloseTo(2.375);
    expect(swung(2.75, 0.5)).toBeCloseTo(2.875);
  });
});

describe('which notes of a looping clip to play', () => {
  const clip = { length: 2, notes: [note('a', 0), note('b', 0.5), note('c', 1.5)] };

  it('finds the notes in a window, looping the clip from its launch', () => {
    const found = notesBetween(clip, 4, 4, 8).map((n) => `${n.note.id}@${n.beat}`);
    expect(found).toEqual(['a@4', 'b@4.5', 'c@5.5', 'a@6', 'b@6.5', 'c@7.5']);
  });

  it('takes each note once across back-to-back windows', () => {
    const windows = [0, 0.3, 1.1, 2.4, 3.05, 4].map((t, i, all) => [t, all[i + 1] ?? 5]);
    const found = windows.flatMap(([from, to]) => notesBetween(clip, 0, from!, to!)).map((n) => n.beat);
    expect(found).toEqual([0, 0.5, 1.5, 2, 2.5, 3.5, 4, 4.5]);
  });

  it('plays nothing before the launch or after a stop, and swings', () => {
    expect(notesBetween(clip, 8, 4, 8)).toEqual([]);
    expect(notesBetween(clip, 0, 0, 8, 0, 2).map((n) => n.beat)).toEqual([0, 0.5, 1.5]);
    expect(notesBetween(clip, 0, 0, 2, 0.5).map((n) => n.beat)).toEqual([0, 0.75, 1.75]);
  });

  it('leaves out notes past the clip’s end (a clip shortened after they were written)', () => {
    const short = { length: 1, notes: [note('a', 0), note('late', 1.5)] };
    expect(notesBetween(short, 0, 0, 3).map((n) => n.note.id)).toEqual(['a', 'a', 'a']);
  });

  it('clicks the metronome on each beat of the time signature, the bar’s first accented', () => {
    expect(clicksBetween(3, 6, fourFour)).toEqual([
      { beat: 3, accent: false },
      { beat: 4, accent: true },
      { beat: 5, accent: false },
    ]);
    // 6/8: an eighth (half a quarter) a click, a bar of three quarters.
    const sixEight = clicksBetween(0, 3.5, { beatsPerBar: 6, beatUnit: 8 });
    expect(sixEight.map((c) => c.beat)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(sixEight.filter((c) => c.accent).map((c) => c.beat)).toEqual([0, 3]);
    expect(clicksBetween(1.2, 1.9, fourFour)).toEqual([]);
  });
});
