// A rendered song as a WAV file, 16- or 24-bit PCM, through wavefile (a maintained codec, not a hand-written
// header). The samples are scaled to integers here: wavefile's own float conversion (toBitDepth from "32f")
// turns values next to zero into a few steps of noise (2.9e-15 came out as 9 of 32,767). Pure.
import * as wavefileModule from 'wavefile';

// Node loads wavefile's CommonJS build (its class on the default export), bundlers its ES module (a named one).
const { WaveFile } =
  (wavefileModule as unknown as { default?: typeof wavefileModule }).default ?? wavefileModule;

export type WavDepth = 16 | 24;

export interface PcmAudio {
  readonly sampleRate: number;
  /** One array per channel, samples from -1 to 1 (beyond is clipped). */
  readonly channels: readonly Float32Array[];
}

/** The audio as the bytes of a WAV file. */
export function encodeWav(audio: PcmAudio, depth: WavDepth = 24): Uint8Array {
  if (audio.channels.length === 0) throw new Error('There is no sound to export.');
  const wav = new WaveFile();
  const full = 2 ** (depth - 1) - 1;
  const scaled = audio.channels.map((channel) =>
    Int32Array.from(channel, (x) => Math.round(Math.max(-1, Math.min(1, x)) * full)),
  );
  wav.fromScratch(scaled.length, audio.sampleRate, String(depth), scaled);
  return wav.toBuffer();
}

/** The audio of a WAV file (any depth wavefile reads), samples from -1 to 1. */
export function decodeWav(bytes: Uint8Array): PcmAudio & { depth: number } {
  const wav = new WaveFile();
  wav.fromBuffer(bytes);
  // Read before converting: the conversion rebuilds the header.
  const { numChannels, sampleRate } = wav.fmt as { numChannels: number; sampleRate: number };
  const depth = Number(wav.bitDepth);
  wav.toBitDepth('32f');
  const samples = wav.getSamples(false, Float32Array) as unknown;
  const channels = numChannels === 1 ? [samples as Float32Array] : (samples as Float32Array[]);
  return { sampleRate, channels, depth };
}
