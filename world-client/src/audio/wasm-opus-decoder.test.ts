import { describe, expect, it } from 'vitest';
import { createWasmDecoder } from './wasm-opus-decoder.ts';

/** Six 20 ms Opus packets (mono, 32 kbit/s, voip) of a 440 Hz tone at half scale, made with libopus. */
const PACKETS = [
  'eIMQrVaj4dgAAAi1WVGjE/5GxJVwwfpJEts+13MKKmJAraANZ+mGIz6tEzIitnOL7h4+07qOMOFXEk5LRIoVNfuKISLpyP90iQwXy+PD1AZH4YRJE6Ut26yN6bFLUSnsl6ZAf9d+qM/no140bold',
  'eKp+n1feghIxD4MrAp7WVtjdnF3PP24TbfjCYsSBjQBdP6rVGzQ/U9Hel+D0gJpJqF2A5B2IJVQRKk9qLlwvHVoe1kdKwx50QIGfnQ==',
  'eJ/6jAm0IAkCuozYJHFsvLjO5CKY4Eb+vLWhVXtYZZVlW5er/HgZMJfzLnCyvovSWa/tain050Pb3OgO+qThDKhOR0AjqxRKEnSagBBCQL0=',
  'eJ/6jBBZ0mb/yJ+tOZgudDqFM3o9taOhsraMGzNhbkyMuvNkKiMD49l4OvhykOpFxad2+p3Yw/eR0fIZ572WIlEVmvghHufIeGuwRVJ2vQ==',
  'eJ/6jBBZ0mECuvX/qVcJqMar++2ZIPbNY6LQhsDjXgCNmf9Tyz2UmojIgzuAWDmW012VXq7Wn4BAXqZ4InoevM4bmyAd9dvryIVfjr0=',
  'eJ/bjr34jd7SWbpHZRMexQl4h6N9ikx6/dQebA6bDsoGPbSuMc6AeIpNQolx0QeHqhfV5Si4rTeg6ng/Dz3B3E3uTBcN/FckFcxrUZqUTr0=',
].map((packet) => Uint8Array.from(Buffer.from(packet, 'base64')));

describe('the wasm Opus decoder (the fallback without WebCodecs)', () => {
  it('decodes 20 ms packets back into the tone', async () => {
    const frames: Array<{ sequence: number; channels: Float32Array[] }> = [];
    const decoder = await createWasmDecoder(
      1,
      (sequence, channels) => frames.push({ sequence, channels }),
      (error) => {
        throw error;
      },
    );
    PACKETS.forEach((packet, n) => decoder.decode(packet, 100 + n));
    decoder.close();
    expect(frames.map(({ sequence }) => sequence)).toEqual([100, 101, 102, 103, 104, 105]);
    for (const { channels } of frames) expect(channels[0]).toHaveLength(960);
    // Past the codec's start-up, the sound is the tone: about half scale, 440 crossings of zero a second.
    const sound = frames.slice(2).flatMap(({ channels }) => Array.from(channels[0] ?? []));
    const rms = Math.sqrt(sound.reduce((sum, sample) => sum + sample * sample, 0) / sound.length);
    expect(rms).toBeGreaterThan(0.25);
    expect(rms).toBeLessThan(0.45);
    let crossings = 0;
    for (let i = 1; i < sound.length; i++) if ((sound[i - 1] ?? 0) < 0 !== (sound[i] ?? 0) < 0) crossings++;
    const perSecond = crossings / 2 / (sound.length / 48_000);
    expect(perSecond).toBeGreaterThan(400);
    expect(perSecond).toBeLessThan(480);
  });
});
