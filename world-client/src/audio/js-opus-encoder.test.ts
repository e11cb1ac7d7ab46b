import { describe, expect, it } from 'vitest';
import { createJsEncoder } from './js-opus-encoder.ts';
import { createWasmDecoder } from './wasm-opus-decoder.ts';

const FRAME = 960;

/** `frames` 20 ms frames of a `hz` tone at half scale, one array per channel (the right a third quieter). */
function tone(hz: number, frames: number, channels: 1 | 2): Float32Array[][] {
  return Array.from({ length: frames }, (_, f) =>
    Array.from({ length: channels }, (_, c) =>
      Float32Array.from(
        { length: FRAME },
        (_, i) => (c === 0 ? 0.5 : 0.33) * Math.sin((2 * Math.PI * hz * (f * FRAME + i)) / 48_000),
      ),
    ),
  );
}

/** Encodes `frames` with the fallback encoder, decodes them with the fallback decoder, and returns the sound. */
async function roundTrip(frames: Float32Array[][], settings: Parameters<typeof createJsEncoder>[0]) {
  const packets: Array<{ payload: Uint8Array; time: number }> = [];
  const fail = (error: Error) => {
    throw error;
  };
  const encoder = await createJsEncoder(settings, (payload, time) => packets.push({ payload, time }), fail);
  frames.forEach((frame, n) => encoder.encode(frame, 1_000 + n * 20));
  encoder.close();
  const decoded: Float32Array[][] = [];
  const decoder = await createWasmDecoder(settings.channels, (_, channels) => decoded.push(channels), fail);
  packets.forEach(({ payload }, n) => decoder.decode(payload, n));
  decoder.close();
  return { packets, decoded };
}

function rms(samples: readonly number[]): number {
  return Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length);
}

function crossingsPerSecond(samples: readonly number[]): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++)
    if ((samples[i - 1] ?? 0) < 0 !== (samples[i] ?? 0) < 0) crossings++;
  return crossings / 2 / (samples.length / 48_000);
}

describe('the JavaScript Opus encoder (sending without WebCodecs)', () => {
  it('makes one packet per 20 ms voice frame, at its time, that decodes back into the sound', async () => {
    const { packets, decoded } = await roundTrip(tone(440, 25, 1), {
      channels: 1,
      bitrate: 32_000,
      mode: 'voice',
    });
    expect(packets.map(({ time }) => time)).toEqual(Array.from({ length: 25 }, (_, n) => 1_000 + n * 20));
    // 32 kbit/s is 80 bytes a frame on average.
    const bytes = packets.reduce((sum, { payload }) => sum + payload.byteLength, 0) / packets.length;
    expect(bytes).toBeGreaterThan(40);
    expect(bytes).toBeLessThan(120);
    const sound = decoded.slice(3).flatMap((channels) => Array.from(channels[0] ?? []));
    expect(rms(sound)).toBeGreaterThan(0.25);
    expect(rms(sound)).toBeLessThan(0.45);
    expect(crossingsPerSecond(sound)).toBeGreaterThan(420);
    expect(crossingsPerSecond(sound)).toBeLessThan(460);
  });

  it('keeps music stereo, each channel its own level, at the higher bitrate', async () => {
    const { packets, decoded } = await roundTrip(tone(1000, 25, 2), {
      channels: 2,
      bitrate: 128_000,
      mode: 'music',
    });
    const bytes = packets.reduce((sum, { payload }) => sum + payload.byteLength, 0) / packets.length;
    expect(bytes).toBeGreaterThan(200);
    const left = decoded.slice(3).flatMap((channels) => Array.from(channels[0] ?? []));
    const right = decoded.slice(3).flatMap((channels) => Array.from(channels[1] ?? []));
    expect(rms(left) / rms(right)).toBeGreaterThan(1.3);
    expect(rms(left) / rms(right)).toBeLessThan(1.7);
    expect(crossingsPerSecond(right)).toBeGreaterThan(980);
    expect(crossingsPerSecond(right)).toBeLessThan(1020);
  });
});
