import { describe, expect, it } from 'vitest';

import { DEFAULT_OCTAVE, octaveAfter, pianoPitch } from './keyboard-piano.ts';

describe('the computer keyboard as a piano', () => {
  it('plays C to E an octave and more along the home row, sharps on the row above', () => {
    expect(['a', 's', 'd', 'f', 'g', 'h', 'j', 'k'].map((k) => pianoPitch(k, DEFAULT_OCTAVE))).toEqual([
      60, 62, 64, 65, 67, 69, 71, 72,
    ]);
    expect(['w', 'e', 't', 'y', 'u'].map((k) => pianoPitch(k, DEFAULT_OCTAVE))).toEqual([61, 63, 66, 68, 70]);
    expect(pianoPitch('A', 2)).toBe(36);
    expect(pianoPitch('q', 4)).toBeNull();
  });

  it('moves an octave with Z and X, within the keyboard', () => {
    expect(octaveAfter('x', 4)).toBe(5);
    expect(octaveAfter('z', 1)).toBe(1);
    expect(octaveAfter('x', 7)).toBe(7);
    expect(octaveAfter('a', 4)).toBeNull();
  });
});
