import { describe, expect, it } from 'vitest';

import { decodeWav, encodeWav } from './wav.ts';

const RATE = 48_000;
const sine = (hz: number, seconds: number, amplitude = 0.5) =>
  Float32Array.from(
    { length: Math.round(seconds * RATE) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / RATE),
  );

describe('exporting to WAV', () => {
  for (const depth of [16, 24] as const) {
    it(`writes ${depth}-bit stereo that reads back as the same sound, within one step`, () => {
      const audio = { sampleRate: RATE, channels: [sine(440, 0.5), sine(660, 0.5, 0.25)] };
      const bytes = encodeWav(audio, depth);
      expect(bytes.byteLength).toBe(44 + audio.channels[0]!.length * 2 * (depth / 8));
      const back = decodeWav(bytes);
      expect(back).toMatchObject({ sampleRate: RATE, depth });
      const step = 2 / 2 ** depth;
      for (let c = 0; c < 2; c++) {
        let worst = 0;
        for (let i = 0; i < audio.channels[c]!.length; i++)
          worst = Math.max(worst, Math.abs(back.channels[c]![i]! - audio.channels[c]![i]!));
        expect(worst).toBeLessThanOrEqual(step);
      }
    });
  }

  it('clips what goes beyond full scale instead of wrapping round', () => {
    const back = decodeWav(encodeWav({ sampleRate: RATE, channels: [Float32Array.from([2, -3, 0.5])] }, 16));
    expect(Array.from(back.channels[0]!)).toEqual([
      expect.closeTo(1, 3),
      expect.closeTo(-1, 3),
      expect.closeTo(0.5, 3),
    ]);
  });

  it('refuses to write a file with no sound in it', () => {
    expect(() => encodeWav({ sampleRate: RATE, channels: [] })).toThrow('There is no sound to export.');
  });
});
