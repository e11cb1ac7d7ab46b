// Theory help for the piano roll: the key a clip is in, the chords that key offers and what usually comes
// next, a progression's roman numerals, and the chord a set of notes makes. tonal (pinned at 6.4.3, see
// shared/FIELD-NOTES.md) knows the keys, chords and numerals; it has no key finding from notes, so that is
// here: the Krumhansl-Kessler key profiles correlated with how long each pitch class sounds.
import { Chord, Key, Midi, Note, Progression } from 'tonal';

export type Mode = 'major' | 'minor';

export interface MusicalKey {
  /** Pitch class of the tonic, as the key spells it: "C", "F#", "Bb". */
  readonly tonic: string;
  readonly mode: Mode;
}

export interface KeyGuess extends MusicalKey {
  /** "C major", "F# minor". */
  readonly name: string;
  /** Correlation of the clip's pitch profile with the key's (-1..1), less the share of sound outside its scale. */
  readonly score: number;
  /** How far ahead of the runner-up it is (0: a tie). */
  readonly margin: number;
}

// Krumhansl & Kessler (1982): how well each scale degree fits a major and a minor key, from listeners' ratings.
// Alone they hear C–G–Am–F–G as G major (G sounds longest); so each key also loses the share of the sound
// that falls outside its scale (F natural is outside G major), weighted by OUTSIDE_WEIGHT.
const MAJOR_PROFILE = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR_PROFILE = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];
/** Tonics as keys are usually written (flat keys with flats). */
/** Scale degrees of a major key, and of a minor one (natural, with the raised sixth and seventh). */
const MAJOR_SCALE = new Set([0, 2, 4, 5, 7, 9, 11]);
const MINOR_SCALE = new Set([0, 2, 3, 5, 7, 8, 9, 10, 11]);
const OUTSIDE_WEIGHT = 1;
const MAJOR_TONICS = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
const MINOR_TONICS = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'G#', 'A', 'Bb', 'B'];

function correlation(a: readonly number[], b: readonly number[]): number {
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] ?? 0) - ma;
    const y = (b[i] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da > 0 && db > 0 ? num / Math.sqrt(da * db) : 0;
}

/** The key `notes` are most likely in (each weighted by how long it sounds), or null for no notes. */
export function detectKey(notes: ReadonlyArray<{ pitch: number; duration: number }>): KeyGuess | null {
  const profile = new Array<number>(12).fill(0);
  for (const note of notes) profile[((note.pitch % 12) + 12) % 12]! += Math.max(0, note.duration);
  if (profile.every((weight) => weight === 0)) return null;
  const total = profile.reduce((sum, weight) => sum + weight, 0);
  const guesses: KeyGuess[] = [];
  for (let tonic = 0; tonic < 12; tonic++) {
    const rotated = profile.map((_, degree) => profile[(tonic + degree) % 12] ?? 0);
    for (const mode of ['major', 'minor'] as const) {
      const scale = mode === 'major' ? MAJOR_SCALE : MINOR_SCALE;
      const outside =
        rotated.reduce((sum, weight, degree) => sum + (scale.has(degree) ? 0 : weight), 0) / total;
      const fit = correlation(rotated, mode === 'major' ? MAJOR_PROFILE : MINOR_PROFILE);
      const score = fit - OUTSIDE_WEIGHT * outside;
      const name = (mode === 'major' ? MAJOR_TONICS : MINOR_TONICS)[tonic] ?? 'C';
      guesses.push({ tonic: name, mode, name: `${name} ${mode}`, score, margin: 0 });
    }
  }
  guesses.sort((a, b) => b.score - a.score);
  const [best, second] = guesses;
  return best ? { ...best, margin: best.score - (second?.score ?? best.score) } : null;
}

export interface KeyChord {
  /** "Am", "G", "Bdim". */
  readonly chord: string;
  /** "VIm", "V", "VIIdim" (tonal's spelling: minor as "m", not lower case). */
  readonly numeral: string;
  /** 1–7. */
  readonly degree: number;
}

/** The triads of `key`, I to VII (natural minor, with the harmonic minor's major V as well). */
export function chordsOfKey(key: MusicalKey): KeyChord[] {
  const triads =
    key.mode === 'major' ? Key.majorKey(key.tonic).triads : Key.minorKey(key.tonic).natural.triads;
  const chords = triads.map((chord, index) => ({ chord, degree: index + 1 }));
  if (key.mode === 'minor') {
    const dominant = Key.minorKey(key.tonic).harmonic.chords[4];
    const root = dominant ? Chord.get(dominant).tonic : null;
    if (root) chords.push({ chord: root, degree: 5 });
  }
  return chords.map(({ chord, degree }) => ({
    chord,
    degree,
    numeral: romanNumerals(key, [chord])[0] ?? '',
  }));
}

// What usually follows each degree in common-practice and pop harmony (most usual first).
const NEXT_IN_MAJOR: Record<number, number[]> = {
  1: [4, 5, 6, 2],
  2: [5, 7, 4],
  3: [6, 4],
  4: [5, 1, 2],
  5: [1, 6, 4],
  6: [4, 2, 5],
  7: [1, 3],
};
const NEXT_IN_MINOR: Record<number, number[]> = {
  1: [4, 6, 5, 7],
  2: [5, 7],
  3: [6, 4, 7],
  4: [5, 1, 7],
  5: [1, 6],
  6: [7, 4, 2],
  7: [3, 1],
};

/**
 * Chords of `key` that usually come after `previous` (a chord name; none: how a song starts), most usual
 * first. A chord from outside the key gets the key's strongest moves (to the tonic, then the dominant).
 */
export function suggestNextChords(key: MusicalKey, previous?: string): KeyChord[] {
  const chords = chordsOfKey(key);
  const start = [1, 4, 6, 5];
  let degrees = start;
  if (previous) {
    const root = Note.pitchClass(Chord.get(previous).tonic ?? '');
    const match = chords.find((c) => Note.chroma(Chord.get(c.chord).tonic ?? '') === Note.chroma(root));
    degrees = match
      ? ((key.mode === 'major' ? NEXT_IN_MAJOR : NEXT_IN_MINOR)[match.degree] ?? start)
      : [1, 5];
  }
  const out: KeyChord[] = [];
  for (const degree of degrees) {
    // Minor's V: the harmonic minor's major chord (the pull to the tonic), then the natural one.
    const candidates = chords.filter((c) => c.degree === degree).reverse();
    for (const candidate of key.mode === 'minor' && degree === 5 ? candidates : candidates.slice(-1))
      if (!out.some((c) => c.chord === candidate.chord)) out.push(candidate);
  }
  return out;
}

/**
 * The roman numerals of `chords`, counted from the key's tonic ("C" major: ["Cmaj7", "Am"] → ["Imaj7",
 * "VIm"]; "A" minor: ["Am", "C", "E"] → ["Im", "bIII", "V"]).
 */
export function romanNumerals(key: MusicalKey, chords: readonly string[]): string[] {
  return Progression.toRomanNumerals(key.tonic, [...chords]);
}

/** An altered fifth, ninth, eleventh or thirteenth: rarer than a plain reading of the same notes. */
const ALTERED = /#5|b5|#9|b9|#11|b13/;

/**
 * The chord names `pitches` (MIDI numbers) make, the plainest reading first ("E G C" is "C/E" before
 * "Em#5"), major triads written as their root alone; none for fewer than three pitch classes.
 */
export function chordOf(pitches: readonly number[]): string[] {
  const sorted = [...pitches].sort((a, b) => a - b);
  const classes = [...new Set(sorted.map((pitch) => Note.pitchClass(Midi.midiToNoteName(pitch))))];
  if (classes.length < 3) return [];
  const altered = (name: string) => (ALTERED.test(name.split('/')[0] ?? '') && !name.includes('dim') ? 1 : 0);
  return Chord.detect(classes)
    .sort((a, b) => altered(a) - altered(b))
    .map((name) => name.replace(/^([A-G][#b]*)M(\/|$)/, '$1$2'));
}
