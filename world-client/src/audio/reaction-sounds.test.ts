import { REACTIONS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { applause, chime, reactionGain, reactionSound } from './reaction-sounds.ts';

const RATE = 48_000;

/** Where the sound starts a new clap: the envelope (10 ms windows) jumps up after a quieter stretch. */
function onsets(samples: Float32Array): number {
  const window = RATE / 100;
  const energy: number[] = [];
  for (let start = 0; start + window <= samples.length; start += window) {
    let sum = 0;
    for (let i = start; i < start + window; i++) sum += (samples[i] ?? 0) ** 2;
    energy.push(sum / window);
  }
  return energy.filter((value, i) => i > 0 && value > 4 * (energy[i - 1] ?? 0) && value > 1e-4).length;
}

/** The dominant frequency, from the zero crossings of the first tenth of a second. */
function frequency(samples: Float32Array): number {
  const span = RATE / 10;
  let crossings = 0;
  for (let i = 1; i < span; i++) if ((samples[i - 1] ?? 0) < 0 !== (samples[i] ?? 0) < 0) crossings++;
  return crossings / 2 / (span / RATE);
}

describe('reaction sounds', () => {
  it('applause is many separate claps, never clipping, the same for the same seed', () => {
    const sound = applause(RATE);
    expect(sound.samples.length).toBe(RATE * 1.2);
    expect(onsets(sound.samples)).toBeGreaterThan(6);
    expect(Math.max(...sound.samples.map(Math.abs))).toBeCloseTo(0.8, 5);
    expect(applause(RATE).samples).toEqual(sound.samples);
    expect(applause(RATE, 1.2, 18, 8).samples).not.toEqual(sound.samples);
  });

  it('a chime rings at its pitch and dies away', () => {
    const sound = chime(RATE, 440);
    expect(frequency(sound.samples)).toBeGreaterThan(400);
    expect(frequency(sound.samples)).toBeLessThan(560); // the upper partials add a little
    const loudness = (from: number) =>
      Math.max(...sound.samples.subarray(from, from + RATE / 20).map(Math.abs));
    expect(loudness(sound.samples.length - RATE / 20)).toBeLessThan(loudness(0) / 4);
  });

  it('gives every reaction a sound, the chimes each their own pitch', () => {
    const pitches = REACTIONS.filter((r) => r !== 'applause').map((r) =>
      Math.round(frequency(reactionSound(r, RATE).samples) / 10),
    );
    expect(new Set(pitches).size).toBe(pitches.length);
  });

  it('plays louder for a bigger crowd, by its logarithm, and not at all at volume 0', () => {
    expect(reactionGain(0, 10)).toBe(0);
    expect(reactionGain(0.5, 0)).toBe(0);
    expect(reactionGain(0.5, 1)).toBeCloseTo(0.25);
    expect(reactionGain(0.5, 4)).toBeCloseTo(0.5);
    expect(reactionGain(1, 1000)).toBe(1);
    expect(reactionGain(0.5, 16)).toBeLessThan(reactionGain(0.5, 4) * 2);
  });
});
