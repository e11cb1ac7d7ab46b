import { describe, expect, it } from 'vitest';

import { chordOf, chordsOfKey, detectKey, romanNumerals, suggestNextChords } from './theory.ts';

/** Notes of a melody as MIDI numbers, each `beats` long. */
const melody = (pitches: number[], beats = 1) => pitches.map((pitch) => ({ pitch, duration: beats }));

describe('finding the key of a clip', () => {
  it('hears a C major scale and arpeggio as C major', () => {
    const notes = melody([60, 62, 64, 65, 67, 69, 71, 72, 67, 64, 60, 60]);
    expect(detectKey(notes)).toMatchObject({ name: 'C major', tonic: 'C', mode: 'major' });
  });

  it('hears A harmonic minor (with its G sharp) as A minor, not C major', () => {
    const notes = melody([57, 59, 60, 62, 64, 65, 68, 69, 64, 57, 57, 60, 64]);
    expect(detectKey(notes)).toMatchObject({ name: 'A minor' });
  });

  it('names flat keys with flats and minor keys with sharps as written', () => {
    // Eb major: Eb F G Ab Bb C D, tonic and dominant held longest.
    const eb = [...melody([63, 65, 67, 68, 70, 72, 74]), ...melody([63, 70, 63], 4)];
    expect(detectKey(eb)?.name).toBe('Eb major');
    // F# minor: F# G# A B C# D E, tonic triad held.
    const fs = [...melody([66, 68, 69, 71, 73, 74, 76]), ...melody([66, 69, 73, 66], 4)];
    expect(detectKey(fs)?.name).toBe('F# minor');
  });

  it('weighs notes by how long they sound, and says how sure it is', () => {
    // The same pitch classes, G held: G major wins over C major.
    const notes = [...melody([60, 62, 64, 66, 69, 71], 0.5), ...melody([67, 62, 67], 4)];
    const guess = detectKey(notes);
    expect(guess?.name).toBe('G major');
    expect(guess?.margin).toBeGreaterThan(0);
  });

  it('has no key for an empty clip', () => {
    expect(detectKey([])).toBeNull();
  });
});

describe('chords of a key and what comes next', () => {
  it('lists the triads of C major with their numerals', () => {
    expect(chordsOfKey({ tonic: 'C', mode: 'major' }).map((c) => `${c.chord}:${c.numeral}`)).toEqual([
      'C:I',
      'Dm:IIm',
      'Em:IIIm',
      'F:IV',
      'G:V',
      'Am:VIm',
      'Bdim:VIIdim',
    ]);
  });

  it('offers A minor its natural triads and the harmonic minor’s E major', () => {
    const chords = chordsOfKey({ tonic: 'A', mode: 'minor' }).map((c) => c.chord);
    expect(chords).toEqual(['Am', 'Bdim', 'C', 'Dm', 'Em', 'F', 'G', 'E']);
  });

  it('suggests the tonic first after the dominant, and the dominant after the subdominant', () => {
    const c = { tonic: 'C', mode: 'major' } as const;
    expect(suggestNextChords(c, 'G')[0]?.chord).toBe('C');
    expect(suggestNextChords(c, 'G7')[0]?.chord).toBe('C');
    expect(suggestNextChords(c, 'F')[0]?.chord).toBe('G');
    expect(suggestNextChords(c).map((s) => s.chord)).toEqual(['C', 'F', 'Am', 'G']);
  });

  it('in a minor key leads the dominant with its major chord', () => {
    const next = suggestNextChords({ tonic: 'A', mode: 'minor' }, 'Dm').map((s) => s.chord);
    expect(next.slice(0, 2)).toEqual(['E', 'Em']);
  });

  it('sends a chord from outside the key home', () => {
    expect(suggestNextChords({ tonic: 'C', mode: 'major' }, 'F#').map((s) => s.chord)).toEqual(['C', 'G']);
  });
});

describe('a progression in roman numerals', () => {
  it('reads the four chords of a thousand pop songs in G', () => {
    expect(romanNumerals({ tonic: 'G', mode: 'major' }, ['G', 'D', 'Em', 'C'])).toEqual([
      'I',
      'V',
      'VIm',
      'IV',
    ]);
  });

  it('reads a jazz ii-V-I with sevenths', () => {
    expect(romanNumerals({ tonic: 'Bb', mode: 'major' }, ['Cm7', 'F7', 'Bbmaj7'])).toEqual([
      'IIm7',
      'V7',
      'Imaj7',
    ]);
  });

  it('counts a minor key from its own tonic', () => {
    expect(romanNumerals({ tonic: 'A', mode: 'minor' }, ['Am', 'F', 'C', 'G'])).toEqual([
      'Im',
      'bVI',
      'bIII',
      'bVII',
    ]);
  });
});

describe('the chord a set of notes makes', () => {
  it('names triads and sevenths in any voicing', () => {
    expect(chordOf([60, 64, 67])[0]).toBe('C');
    expect(chordOf([55, 59, 62, 65])[0]).toBe('G7');
    expect(chordOf([64, 67, 72])[0]).toBe('C/E');
    expect(chordOf([50, 65, 69, 72])[0]).toBe('Dm7');
  });

  it('names nothing for fewer than three notes', () => {
    expect(chordOf([60, 64, 79])).toContain('C');
    expect(chordOf([60, 72, 67])).toEqual([]);
    expect(chordOf([60, 72])).toEqual([]);
  });
});
