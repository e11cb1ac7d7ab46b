// A clip's harmony, for the theory help beside the editor: its key, the chord each bar makes, those chords'
// roman numerals, what might come next, and the notes of a chord to add. Built on theory.ts (tonal). Pure.
import { Chord, Note } from 'tonal';

import type { Clip, Note as ClipNote } from './project.ts';
import {
  chordOf,
  detectKey,
  romanNumerals,
  suggestNextChords,
  type KeyChord,
  type KeyGuess,
} from './theory.ts';

export interface BarChord {
  /** Bar number from 0. */
  readonly bar: number;
  /** The chord the bar's notes make (the plainest reading), or null when they make none. */
  readonly chord: string | null;
  readonly numeral: string | null;
}

export interface Harmony {
  readonly key: KeyGuess | null;
  readonly bars: readonly BarChord[];
  /** What could follow the last chord, most usual first. */
  readonly next: readonly KeyChord[];
}

/** The clip's key, its chords bar by bar (`barBeats` to a bar) and the chords that could follow. */
export function harmonyOf(clip: Pick<Clip, 'notes' | 'length'>, barBeats: number): Harmony {
  const key = detectKey(clip.notes);
  const bars: BarChord[] = [];
  for (let bar = 0; bar * barBeats < clip.length; bar++) {
    const from = bar * barBeats;
    const sounding = clip.notes.filter((n) => n.start < from + barBeats && n.start + n.duration > from);
    const chord = chordOf(sounding.map((n) => n.pitch))[0] ?? null;
    bars.push({ bar, chord, numeral: chord && key ? (romanNumerals(key, [chord])[0] ?? null) : null });
  }
  const last = [...bars].reverse().find((b) => b.chord)?.chord ?? undefined;
  return { key, bars, next: key ? suggestNextChords(key, last) : [] };
}

/**
 * The notes of `chord` (a name: "Am", "G7") as a close voicing from around middle C, held from `start` for
 * `duration` beats; `ids` names them.
 */
export function chordNotes(chord: string, start: number, duration: number, ids: () => string): ClipNote[] {
  const { notes, tonic } = Chord.get(chord);
  if (!tonic || notes.length === 0) return [];
  const root = Note.midi(`${tonic}3`) ?? 48;
  // Each note the first of its name at or above the root, so the chord stacks upward from it.
  return notes.map((name) => {
    let pitch = Note.midi(`${Note.pitchClass(name)}3`) ?? root;
    while (pitch < root) pitch += 12;
    return { id: ids(), pitch: pitch + (root < 52 ? 12 : 0), start, duration, velocity: 0.7 };
  });
}
