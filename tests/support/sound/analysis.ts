// What a recorded sound tells: where the reference lies in it (findLag), whether it sounds the same
// (matchSound), when each tone burst began (findBurstOnsets), and how loud it was when (levelByTime).
import { SAMPLE_RATE } from './signals.ts';

export { alignTo, findLag, type Lag, type LagOptions } from './correlation.ts';
export { matchSound, type Match, type MatchOptions } from './match.ts';
export {
  findBurstOnsets,
  summariseOnsets,
  type BurstOnset,
  type OnsetOptions,
  type OnsetSummary,
} from './onsets.ts';

export interface Level {
  readonly startS: number;
  readonly rms: number;
  /** 20·log10(rms), −Infinity for digital silence. */
  readonly dbfs: number;
}

/** RMS level of each window of the sound (the last, partial window included). */
export function levelByTime(samples: Float32Array, windowS = 0.02, sampleRate = SAMPLE_RATE): Level[] {
  const width = Math.max(1, Math.round(windowS * sampleRate));
  const levels: Level[] = [];
  for (let start = 0; start < samples.length; start += width) {
    const end = Math.min(samples.length, start + width);
    let sum = 0;
    for (let n = start; n < end; n++) sum += samples[n]! ** 2;
    const rms = Math.sqrt(sum / (end - start));
    levels.push({ startS: start / sampleRate, rms, dbfs: 20 * Math.log10(rms) });
  }
  return levels;
}

/** The mean of the channels (a recorder's stereo to the mono the analyses take). */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const length = Math.min(...channels.map((c) => c.length));
  const out = new Float32Array(length);
  for (const channel of channels)
    for (let n = 0; n < length; n++) out[n] = out[n]! + channel[n]! / channels.length;
  return out;
}
