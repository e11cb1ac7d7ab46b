import { describe, expect, it } from 'vitest';

import { findBurstOnsets, findLag, levelByTime, matchSound, mixToMono, summariseOnsets } from './analysis.ts';
import { opusRoundTrip } from './opus-codec.ts';
import { SAMPLE_RATE, burstTrain, chirp, concat, renderBursts, silence } from './signals.ts';

const ms = (n: number) => Math.round((n / 1000) * SAMPLE_RATE);

/** A deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function whiteNoise(length: number, rms: number, seed = 1): Float32Array {
  const next = random(seed);
  return Float32Array.from({ length }, () => (next() * 2 - 1) * rms * Math.sqrt(3));
}

/** A rough stand-in for lossy coding: a one-pole low-pass near 7 kHz and noise 30 dB down. */
function lossyCopy(signal: Float32Array, gain = 0.7): Float32Array {
  const a = Math.exp((-2 * Math.PI * 7_000) / SAMPLE_RATE);
  const noise = whiteNoise(signal.length, 0.005, 7);
  const out = new Float32Array(signal.length);
  let y = 0;
  for (let n = 0; n < signal.length; n++) {
    y = (1 - a) * signal[n]! + a * y;
    out[n] = gain * y + noise[n]!;
  }
  return out;
}

function delayed(signal: Float32Array, by: number, tail = ms(200)): Float32Array {
  return concat(silence(by / SAMPLE_RATE), signal, silence(tail / SAMPLE_RATE));
}

/** A sound with speech-like movement in time and spectrum: bursts over a chirp at a varying level. */
const reference = (() => {
  const bursts = renderBursts(burstTrain({ count: 8, periodS: 0.4 }), { lengthS: 3.4, amplitude: 0.3 });
  const sweep = chirp({ lengthS: 3.4, fromHz: 150, toHz: 7_000, amplitude: 0.2 });
  return bursts.map((b, n) => b + sweep[n]! * (0.55 + 0.45 * Math.sin(n / 4_000)));
})();

describe('findLag', () => {
  it('finds a recording delayed by 137 ms at 137 ± 1 ms, with a normalised peak near 1', () => {
    const lag = findLag(reference, delayed(reference, ms(137)));
    expect(lag.lagMs).toBeGreaterThan(136);
    expect(lag.lagMs).toBeLessThan(138);
    expect(lag.peak).toBeGreaterThan(0.99);
  });

  it('finds the lag through Opus at 32 kbit/s (plus the codec delay of 6.5 ms)', () => {
    const coded = opusRoundTrip(delayed(reference, ms(137)));
    const lag = findLag(reference, coded);
    expect(lag.lagMs).toBeGreaterThan(137 + 5.5);
    expect(lag.lagMs).toBeLessThan(137 + 7.5);
    expect(lag.peak).toBeGreaterThan(0.8);
  });

  it('finds a recording that began after the reference did (a negative lag)', () => {
    const lag = findLag(reference, reference.subarray(ms(250)));
    expect(lag.lagMs).toBeCloseTo(-250, 0);
  });

  it('keeps to the lags it is given', () => {
    const twice = concat(
      reference,
      silence(0.5),
      reference.map((x) => x * 2),
    );
    const first = findLag(reference, twice, { maxLag: ms(1000) });
    expect(first.lagMs).toBeCloseTo(0, 0);
  });

  it('gives white noise a low normalised peak', () => {
    const lag = findLag(reference, whiteNoise(reference.length + ms(500), 0.1));
    expect(lag.peak).toBeLessThan(0.1);
  });
});

describe('matchSound', () => {
  const recorded = delayed(reference, ms(80));

  it('passes an Opus-coded copy at 32 kbit/s', () => {
    const coded = opusRoundTrip(recorded);
    const match = matchSound(reference, coded, findLag(reference, coded).lagSamples);
    expect(match).toMatchObject({ matches: true, dropoutFraction: 0 });
    expect(match.medianDistanceDb).toBeLessThan(3);
  });

  it('passes a low-passed, noisy copy at another level', () => {
    const copy = lossyCopy(recorded, 0.3);
    const match = matchSound(reference, copy, findLag(reference, copy).lagSamples);
    expect(match.matches).toBe(true);
    expect(match.gainDb).toBeCloseTo(10.5, 0);
  });

  it('passes a coded copy with 1 % of its 20 ms frames zeroed, and counts them as dropouts', () => {
    const coded = opusRoundTrip(recorded);
    const next = random(3);
    const frame = ms(20);
    let zeroed = 0;
    for (let at = 0; at + frame <= coded.length; at += frame) {
      if (next() < 0.01 || at === frame * 60) {
        coded.fill(0, at, at + frame);
        zeroed++;
      }
    }
    expect(zeroed).toBeGreaterThan(0);
    const match = matchSound(reference, coded, findLag(reference, coded).lagSamples);
    expect(match.matches).toBe(true);
    expect(match.dropoutFraction).toBeGreaterThan(0);
  });

  it('fails a copy with a fifth of its frames zeroed (too many dropouts)', () => {
    const copy = Float32Array.from(recorded);
    const frame = ms(20);
    for (let at = 0; at + frame <= copy.length; at += 5 * frame) copy.fill(0, at, at + frame);
    const match = matchSound(reference, copy, ms(80));
    expect(match.dropoutFraction).toBeGreaterThan(0.1);
    expect(match.matches).toBe(false);
  });

  it('fails white noise, silence and the wrong sound', () => {
    const noise = whiteNoise(recorded.length, 0.1);
    expect(matchSound(reference, noise, findLag(reference, noise).lagSamples).matches).toBe(false);

    const quiet = silence(recorded.length / SAMPLE_RATE);
    const none = matchSound(reference, quiet, ms(80));
    expect(none).toMatchObject({ matches: false, dropoutFraction: 1 });

    const other = delayed(chirp({ lengthS: 3.4, fromHz: 6_000, toHz: 300, amplitude: 0.3 }), ms(80));
    const wrong = matchSound(reference, other, findLag(reference, other).lagSamples);
    expect(wrong.matches).toBe(false);
    expect(wrong.medianDistanceDb).toBeGreaterThan(6);
  });

  it('fails the right sound at the wrong lag', () => {
    expect(matchSound(reference, recorded, ms(80) + ms(150)).matches).toBe(false);
  });
});

describe('findBurstOnsets', () => {
  const bursts = burstTrain({ count: 10, firstS: 0.2, periodS: 0.5, durationS: 0.15 });
  const sound = renderBursts(bursts, { lengthS: 5.4 });

  it('finds each burst at its onset to within half a millisecond', () => {
    const onsets = findBurstOnsets(sound, bursts);
    for (const onset of onsets) expect(Math.abs(onset.delayS!)).toBeLessThan(0.0005);
  });

  it('measures per-burst delays through Opus, and reports a missing burst missing', () => {
    const delays = bursts.map((_, i) => 0.04 + 0.01 * (i % 3)); // 40, 50, 60 ms
    const late = renderBursts(
      bursts.map((b, i) => ({ ...b, startS: b.startS + delays[i]! })).filter((_, i) => i !== 6),
      { lengthS: 5.6, amplitude: 0.25 },
    );
    const coded = opusRoundTrip(late);
    const onsets = findBurstOnsets(coded, bursts, { originS: 0.0065 });
    const summary = summariseOnsets(onsets);
    expect(summary.missing).toEqual([6]);
    expect(summary.found).toBe(9);
    onsets.forEach((onset, i) => {
      if (i === 6) return;
      expect(onset.delayS! * 1000).toBeCloseTo(delays[i]! * 1000, -0.3); // within ±1 ms
    });
    expect(summary.jitterS * 1000).toBeCloseTo(8.3, 0);
  });

  it('does not take white noise, a click or the neighbouring burst for a burst', () => {
    const noisy = sound.map((x, n) => x + (whiteNoise(1, 0.02, n + 11)[0] ?? 0));
    const cut = bursts.filter((_, i) => i !== 3);
    const withoutThird = renderBursts(cut, { lengthS: 5.4 });
    withoutThird[Math.round((bursts[3]!.startS + 0.05) * SAMPLE_RATE)] = 1; // a click where it should be
    expect(summariseOnsets(findBurstOnsets(withoutThird, bursts)).missing).toEqual([3]);
    expect(summariseOnsets(findBurstOnsets(noisy, bursts)).missing).toEqual([]);
    expect(summariseOnsets(findBurstOnsets(whiteNoise(sound.length, 0.2), bursts)).found).toBe(0);
  });
});

describe('levelByTime and mixToMono', () => {
  it('reads the level of each window', () => {
    const sound = concat(silence(0.1), new Float32Array(ms(100)).fill(0.5));
    const levels = levelByTime(sound, 0.05);
    expect(levels.map((l) => l.startS)).toEqual([0, 0.05, 0.1, 0.15]);
    expect(levels[0]!.dbfs).toBe(-Infinity);
    expect(levels[3]!.dbfs).toBeCloseTo(-6.02, 2);
  });

  it('averages channels', () => {
    expect([...mixToMono([Float32Array.of(1, 0.5), Float32Array.of(0, 0.5, 9)])]).toEqual([0.5, 0.5]);
  });
});
