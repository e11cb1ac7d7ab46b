// Mastering help, done honestly: measure the mix, bring it to a chosen loudness with gain, and keep its true
// peak under a ceiling with a look-ahead limiter, measuring again until both hold (or saying how near it
// got). The chain is gain then the limiter, nothing that colours the sound, so "before and after" differ
// only in level and in the peaks the limiter took off.
import { limit } from './limiter.ts';
import { measureLoudness, type Loudness } from './loudness.ts';

export interface MasterTarget {
  /** Integrated loudness to reach, LUFS (e.g. -14 for streaming). */
  readonly loudness: number;
  /** True peak not to pass, dBTP (e.g. -1). */
  readonly truePeak: number;
}

/** Common targets, for the page to offer. */
export const MASTER_TARGETS = [
  { label: 'Streaming (−14 LUFS, −1 dBTP)', target: { loudness: -14, truePeak: -1 } },
  { label: 'Podcast, Apple Music (−16 LUFS, −1 dBTP)', target: { loudness: -16, truePeak: -1 } },
  { label: 'Broadcast, EBU R128 (−23 LUFS, −1 dBTP)', target: { loudness: -23, truePeak: -1 } },
  { label: 'Club, loud (−9 LUFS, −0.3 dBTP)', target: { loudness: -9, truePeak: -0.3 } },
] as const satisfies ReadonlyArray<{ label: string; target: MasterTarget }>;

export interface Mastered {
  readonly channels: Float32Array[];
  readonly before: Loudness;
  readonly after: Loudness;
  /** The gain applied before the limiter, dB. */
  readonly gain: number;
  /**
   * Whether the target was reached: loudness within 0.5 LU and true peak at most the ceiling. When not, the
   * result is the nearest found, its peak under the ceiling if any was (the gain stops at MAX_GAIN_DB).
   */
  readonly reached: boolean;
}

export class MasterError extends Error {
  override name = 'MasterError';
}

/** How far the loudness may land from the target and still count as reached, LU. */
export const LOUDNESS_TOLERANCE = 0.5;
/** No more gain than this: past it the limiter would flatten the music rather than master it. */
export const MAX_GAIN_DB = 24;
const ATTEMPTS = 8;
const dbToGain = (db: number) => 10 ** (db / 20);

/**
 * `channels` at `sampleRate` mastered to `target`. `onProgress` hears the share done. Throws a MasterError
 * for silence (there is no loudness to bring anywhere).
 */
export function master(
  channels: readonly Float32Array[],
  sampleRate: number,
  target: MasterTarget,
  onProgress?: (done: number) => void,
): Mastered {
  const before = measureLoudness(channels, sampleRate);
  if (!Number.isFinite(before.integrated))
    throw new MasterError('The mix is silent (or too short to measure): there is nothing to master.');
  let gain = Math.min(MAX_GAIN_DB, target.loudness - before.integrated);
  let ceiling = target.truePeak;
  let best: Mastered | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    onProgress?.(attempt / ATTEMPTS);
    const scale = dbToGain(gain);
    const gained = channels.map((channel) => channel.map((sample) => sample * scale));
    const out = limit(gained, {
      ceiling: dbToGain(ceiling),
      lookahead: sampleRate * 0.005,
      release: sampleRate * 0.1,
    });
    const after = measureLoudness(out, sampleRate);
    const peakOver = after.truePeak - target.truePeak;
    const short = target.loudness - after.integrated;
    const reached = peakOver <= 0 && Math.abs(short) <= LOUDNESS_TOLERANCE;
    const result = { channels: out, before, after, gain, reached };
    if (!best || score(result, target) < score(best, target)) best = result;
    if (reached) break;
    // Peaks between samples the limiter did not see: a lower ceiling. Loudness the limiter took: more gain.
    if (peakOver > 0) ceiling -= peakOver + 0.05;
    if (Math.abs(short) > LOUDNESS_TOLERANCE / 2) gain = Math.min(MAX_GAIN_DB, gain + short);
  }
  onProgress?.(1);
  return best!;
}

/** How far a result is from the target: a peak over the ceiling counts the most. */
function score(result: Mastered, target: MasterTarget): number {
  const over = Math.max(0, result.after.truePeak - target.truePeak);
  return over * 10 + Math.abs(target.loudness - result.after.integrated);
}
