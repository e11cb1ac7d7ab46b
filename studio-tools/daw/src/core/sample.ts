// A sample as an edit carries it (its 16-bit sound as base64 text, so the edit stays plain data that any
// page or the network can check) and as the song keeps it (bytes). Checked here, with the reason in words.
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { DawError } from './operations.ts';
import { SAMPLE_LIMITS, type Sample } from './project.ts';

/** `pcm` as the base64 text an edit carries. */
export function encodeSamplePcm(pcm: Int16Array): string {
  return bytesToBase64(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}

/** The bytes of an edit's sample, or a DawError saying why it cannot be kept. */
export function samplePcmBytes(base64: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
  } catch {
    throw new DawError('That sample’s sound is not readable (it is not base64).');
  }
  if (bytes.length === 0 || bytes.length % 2 !== 0)
    throw new DawError('That sample’s sound is not 16-bit (its length is odd or zero).');
  if (bytes.length > SAMPLE_LIMITS.bytes)
    throw new DawError(
      `A sample is at most ${SAMPLE_LIMITS.bytes / 1000} kB of sound (5 s at 24 kHz); this one is ${Math.ceil(bytes.length / 1000)} kB.`,
    );
  return bytes;
}

/** The sample the song keeps as `bytes`, read as 16-bit samples (copied, so aligned). */
export function sampleFromBytes(name: string, sampleRate: number, bytes: Uint8Array): Sample {
  return { name, sampleRate, pcm: new Int16Array(bytes.slice().buffer) };
}

/**
 * Decoded sound as a sample's 16-bit mono samples: the channels averaged, anything past full scale held at
 * it, and no more than `maxFrames` kept (`trimmed` says when some was left out).
 */
export function toSamplePcm(
  channels: readonly Float32Array[],
  maxFrames: number = SAMPLE_LIMITS.bytes / 2,
): { pcm: Int16Array; trimmed: boolean } {
  const length = channels[0]?.length ?? 0;
  const frames = Math.min(length, maxFrames);
  const pcm = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (const channel of channels) sum += channel[i] ?? 0;
    const value = Math.max(-1, Math.min(1, sum / channels.length));
    pcm[i] = Math.round(value * 32_767);
  }
  return { pcm, trimmed: length > frames };
}
