import { describe, expect, it } from 'vitest';

import { levelByTime } from './analysis.ts';
import { SAMPLE_RATE, burstTrain, chirp, decodeWav, encodeWav, renderBursts } from './signals.ts';

describe('burstTrain and renderBursts', () => {
  it('gives neighbouring bursts different frequencies', () => {
    const bursts = burstTrain({ count: 40 });
    bursts.slice(1).forEach((b, i) => expect(b.frequencyHz).not.toBe(bursts[i]!.frequencyHz));
    expect(Math.max(...bursts.map((b) => b.frequencyHz))).toBeLessThanOrEqual(3_400);
  });

  it('puts each burst at half amplitude at its startS, silent before and after', () => {
    const [burst] = burstTrain({ count: 1, firstS: 0.1, durationS: 0.1, baseHz: 1_000 });
    const sound = renderBursts([burst!], { lengthS: 0.3, amplitude: 0.5, rampS: 0.004 });
    const at = (s: number) => Math.round(s * SAMPLE_RATE);
    const peak = (from: number, to: number) => Math.max(...sound.subarray(at(from), at(to)).map(Math.abs));
    // One 1 kHz period either side of the onset: below half amplitude before, above it after.
    expect(peak(0.099, 0.1)).toBeLessThan(0.25);
    expect(peak(0.1, 0.101)).toBeGreaterThan(0.25);
    expect(peak(0.14, 0.16)).toBeCloseTo(0.5, 3);
    expect(sound.subarray(0, at(0.097)).every((x) => x === 0)).toBe(true);
    expect(sound.subarray(at(0.203)).every((x) => x === 0)).toBe(true);
  });
});

describe('chirp', () => {
  it('sweeps at a steady level, fading in and out', () => {
    const sweep = chirp({ lengthS: 1, amplitude: 0.5, kind: 'linear' });
    const levels = levelByTime(sweep, 0.1);
    for (const level of levels) expect(level.rms).toBeCloseTo(0.5 / Math.SQRT2, 1);
    expect(Math.abs(sweep[0]!)).toBe(0);
  });
});

describe('encodeWav and decodeWav', () => {
  it('writes a canonical 16-bit PCM header, and reads back what it wrote (stereo)', () => {
    const left = Float32Array.of(0, 0.5, -0.5, 1, -1, 2);
    const right = Float32Array.of(0.25, 0, 0, 0, 0, 0);
    const bytes = encodeWav([left, right]);
    const view = Buffer.from(bytes);
    expect(view.toString('ascii', 0, 4) + view.toString('ascii', 8, 16)).toBe('RIFFWAVEfmt ');
    expect([
      view.readUInt16LE(20),
      view.readUInt16LE(22),
      view.readUInt32LE(24),
      view.readUInt16LE(34),
    ]).toEqual([1, 2, 48_000, 16]);
    expect(view.readUInt32LE(40)).toBe(6 * 4);
    const wav = decodeWav(bytes);
    expect(wav.sampleRate).toBe(48_000);
    [...left].forEach((x, n) => expect(wav.channels[0]![n]).toBeCloseTo(Math.max(-1, Math.min(1, x)), 4));
    expect(wav.channels[1]![0]).toBeCloseTo(0.25, 4);
  });

  it('refuses channels of different lengths', () => {
    expect(() => encodeWav([new Float32Array(2), new Float32Array(3)])).toThrow(/same length/);
  });
});
