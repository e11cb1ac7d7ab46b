// Loudness against the EBU's own test signals (Tech 3341), the limiter's promises, and mastering on mixes of
// kinds it was not tuned on (each made from a seed, tests/support/generated-mixes.ts: a quiet pad, drums with
// sharp transients, a mix already too loud, a mono voice-like signal), reaching each target or saying how
// near it got.
import { describe, expect, it } from 'vitest';

import { generatedMix as mix } from '../../../../tests/support/generated-mixes.ts';
import { limit } from './limiter.ts';
import { measureLoudness } from './loudness.ts';
import { master, MASTER_TARGETS, MasterError, MAX_GAIN_DB } from './master.ts';

const RATE = 48_000;
const db = (gain: number) => 20 * Math.log10(gain);
/** The largest magnitude in `samples` (spreading a long array into Math.max overflows the stack). */
const peakOf = (samples: Float32Array) => samples.reduce((peak, s) => Math.max(peak, Math.abs(s)), 0);

function sine(seconds: number, hz: number, dbfs: number, phase = 0): Float32Array {
  const amplitude = 10 ** (dbfs / 20);
  return Float32Array.from(
    { length: Math.round(seconds * RATE) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / RATE + phase),
  );
}

describe('loudness, EBU R128', () => {
  it('reads the EBU’s 1 kHz stereo sines at -23 and -33 dBFS as -23 and -33 LUFS', () => {
    for (const level of [-23, -33]) {
      const tone = sine(20, 1000, level);
      expect(measureLoudness([tone, tone], RATE).integrated).toBeCloseTo(level, 1);
    }
  });

  it('finds the true peak between samples: a sine at a quarter of the rate, sampled at ±0.707', () => {
    const tone = sine(2, RATE / 4, 0, Math.PI / 4);
    const samplePeak = db(peakOf(tone));
    expect(samplePeak).toBeCloseTo(-3, 1);
    expect(measureLoudness([tone], RATE).truePeak).toBeGreaterThan(-0.5);
  });

  it('reads silence as -Infinity, and refuses three channels', () => {
    expect(measureLoudness([new Float32Array(RATE)], RATE).integrated).toBe(-Infinity);
    const one = new Float32Array(RATE);
    expect(() => measureLoudness([one, one, one], RATE)).toThrow(RangeError);
  });
});

describe('the limiter', () => {
  const drums = mix('drums', 7).map((channel) => channel.map((s) => s * 3));
  const ceiling = 10 ** (-1 / 20);
  const out = limit(drums, { ceiling, lookahead: 240, release: 4800 });

  it('lets no sample above the ceiling, on every channel alike', () => {
    expect(peakOf(drums[0]!)).toBeGreaterThan(1);
    for (const channel of out) expect(peakOf(channel)).toBeLessThanOrEqual(ceiling + 1e-6);
    // Between samples too, as the meter reads it: within a few tenths of a dB.
    expect(measureLoudness(out, RATE).truePeak).toBeLessThan(-1 + 0.3);
  });

  it('brings the gain down smoothly (no step a click would be made of) and leaves quiet passages alone', () => {
    const quiet = sine(1, 440, -20);
    expect(limit([quiet], { ceiling, lookahead: 240, release: 4800 })[0]).toEqual(quiet);
    // The largest change of gain from one sample to the next, where the signal is loud enough to read it.
    let largest = 0;
    for (let i = 1; i < out[0]!.length; i++) {
      const a = drums[0]![i - 1]!;
      const b = drums[0]![i]!;
      if (Math.abs(a) < 0.05 || Math.abs(b) < 0.05) continue;
      largest = Math.max(largest, Math.abs(out[0]![i]! / b - out[0]![i - 1]! / a));
    }
    expect(largest).toBeLessThan(0.02);
  });
});

describe('mastering to a target', () => {
  const cases = [
    ['a quiet pad', mix('pad', 1)],
    ['drums with sharp transients', mix('drums', 2)],
    ['a mix already too loud', mix('loud', 3)],
    ['a mono voice-like signal', mix('voice', 4)],
  ] as const;

  for (const [name, channels] of cases) {
    it(`reaches every offered target for ${name}, or says how near it got with all the gain allowed`, () => {
      for (const { target } of MASTER_TARGETS) {
        const mastered = master(channels, RATE, target);
        const again = measureLoudness(mastered.channels, RATE);
        expect(mastered.after).toEqual(again);
        expect(mastered.before).toEqual(measureLoudness(channels, RATE));
        expect(again.truePeak).toBeLessThanOrEqual(target.truePeak);
        const why = `${name} to ${target.loudness} LUFS: ${JSON.stringify(mastered)}`;
        if (mastered.reached) expect(Math.abs(again.integrated - target.loudness)).toBeLessThanOrEqual(0.5);
        else expect(mastered.gain, why).toBe(MAX_GAIN_DB);
        // The usual targets are reached for every kind of mix; only the loud club target may be out of reach.
        if (target.loudness <= -14) expect(mastered.reached, why).toBe(true);
      }
    }, 60_000);
  }

  it('says a silent mix has nothing to master, and reports progress to the end', () => {
    expect(() => master([new Float32Array(RATE)], RATE, MASTER_TARGETS[0].target)).toThrow(MasterError);
    const seen: number[] = [];
    master(mix('pad', 5), RATE, MASTER_TARGETS[0].target, (done) => seen.push(done));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
