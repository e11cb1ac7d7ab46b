// The computer keyboard as a piano, as most DAWs lay it out: the home row plays the white keys from C (A S D
// F G H J K L), the row above the black keys between them (W E, T Y U, O P), Z and X move an octave down and
// up. Pure.

const KEYS: Readonly<Record<string, number>> = {
  a: 0,
  w: 1,
  s: 2,
  e: 3,
  d: 4,
  f: 5,
  t: 6,
  g: 7,
  y: 8,
  h: 9,
  u: 10,
  j: 11,
  k: 12,
  o: 13,
  l: 14,
  p: 15,
};

/** The octave the home row's A plays C of, and its range. */
export const DEFAULT_OCTAVE = 4;
const OCTAVES = { min: 1, max: 7 } as const;

/** The pitch (MIDI) `key` plays at `octave` (C4 = 60), or null when it is not a piano key. */
export function pianoPitch(key: string, octave: number): number | null {
  const offset = KEYS[key.toLowerCase()];
  return offset === undefined ? null : 12 * (octave + 1) + offset;
}

/** The octave after `key` (Z down, X up, within range), or null when the key does not change it. */
export function octaveAfter(key: string, octave: number): number | null {
  const k = key.toLowerCase();
  if (k !== 'z' && k !== 'x') return null;
  return Math.min(OCTAVES.max, Math.max(OCTAVES.min, octave + (k === 'x' ? 1 : -1)));
}
