// When each tone burst begins in a recording: the envelope at the burst's own frequency, and the moment it
// first reaches half its peak (where renderBursts puts a burst's startS).
import { SAMPLE_RATE, type ToneBurst } from './signals.ts';

export interface OnsetOptions {
  readonly sampleRate?: number;
  /** Where the bursts' time 0 lies in the recording (s); may be negative. */
  readonly originS?: number;
  /** How late a burst may arrive and still be counted (s); keep below the bursts' period. */
  readonly maxDelayS?: number;
  /** How early (s): clocks that are not quite in step. */
  readonly maxEarlyS?: number;
  /** Envelope averaging window (s): 12 ms puts a null near 170 Hz away (burstTrain's step). */
  readonly windowS?: number;
  /** A burst whose peak amplitude is below this, or below `relative` × the median found, is missing. */
  readonly minAmplitude?: number;
  readonly relative?: number;
}

export interface BurstOnset {
  readonly burst: ToneBurst;
  /** Onset in the recording (s from its first sample), or null when the burst is missing. */
  readonly onsetS: number | null;
  /** onsetS − (originS + burst.startS), or null when missing. */
  readonly delayS: number | null;
  /** Peak amplitude of the burst's tone in its search window. */
  readonly amplitude: number;
}

/** Finds each burst's onset in a recording; bursts not heard come back with onsetS null. */
export function findBurstOnsets(
  recording: Float32Array,
  bursts: readonly ToneBurst[],
  options: OnsetOptions = {},
): BurstOnset[] {
  const { sampleRate = SAMPLE_RATE, originS = 0, maxDelayS = 0.3, maxEarlyS = 0.02 } = options;
  const { windowS = 0.012, minAmplitude = 0.003, relative = 0.2 } = options;
  const half = Math.round((windowS * sampleRate) / 2);

  const heard = bursts.map((burst) => {
    const expected = originS + burst.startS;
    const from = Math.max(0, Math.floor((expected - maxEarlyS) * sampleRate));
    const to = Math.min(recording.length, Math.ceil((expected + maxDelayS + burst.durationS) * sampleRate));
    const env = envelope(recording, from - half, to + half, burst.frequencyHz / sampleRate, half);
    // env[i] is the tone's amplitude around sample from + i − half… shift to the search window.
    const at = (n: number) => env[n - from + half] ?? 0;
    let peakAt = from;
    for (let n = from; n < to; n++) if (at(n) > at(peakAt)) peakAt = n;
    const amplitude = at(peakAt);
    // Back from the peak to the last sample under half of it: the onset, interpolated between samples.
    let n = peakAt;
    while (n > from && at(n - 1) >= amplitude / 2) n--;
    const below = at(n - 1);
    const onset = n > from ? n - (at(n) - amplitude / 2) / (at(n) - below || 1) : n;
    // A click or the tail of another burst is not a burst: the tone must hold for half its length.
    let held = peakAt;
    while (held < to && at(held) >= amplitude / 2) held++;
    const long = (held - onset) / sampleRate >= Math.min(burst.durationS / 2, (to - onset) / sampleRate);
    return { burst, onset: onset / sampleRate, expected, amplitude, long };
  });

  const found = heard.filter((h) => h.long && h.amplitude >= minAmplitude).map((h) => h.amplitude);
  const typical = median(found);
  return heard.map(({ burst, onset, expected, amplitude, long }) => {
    const ok = long && amplitude >= minAmplitude && amplitude >= relative * typical;
    return { burst, amplitude, onsetS: ok ? onset : null, delayS: ok ? onset - expected : null };
  });
}

export interface OnsetSummary {
  readonly found: number;
  /** Indices (in the bursts given) of the bursts not heard. */
  readonly missing: number[];
  readonly meanDelayS: number;
  readonly minDelayS: number;
  readonly maxDelayS: number;
  /** Standard deviation of the delays (s). */
  readonly jitterS: number;
}

/** Counts and delay statistics of findBurstOnsets' answer. */
export function summariseOnsets(onsets: readonly BurstOnset[]): OnsetSummary {
  const delays = onsets.flatMap((o) => (o.delayS === null ? [] : [o.delayS]));
  const mean = delays.reduce((s, d) => s + d, 0) / (delays.length || 1);
  const variance = delays.reduce((s, d) => s + (d - mean) ** 2, 0) / (delays.length || 1);
  return {
    found: delays.length,
    missing: onsets.flatMap((o, i) => (o.delayS === null ? [i] : [])),
    meanDelayS: mean,
    minDelayS: delays.length ? Math.min(...delays) : NaN,
    maxDelayS: delays.length ? Math.max(...delays) : NaN,
    jitterS: Math.sqrt(variance),
  };
}

/**
 * Amplitude of the tone at `cycles` per sample around each sample of [from, to): the signal mixed down
 * to 0 Hz and averaged over 2·half + 1 samples centred on it (centred, so a step reads half at its edge).
 */
function envelope(
  signal: Float32Array,
  from: number,
  to: number,
  cycles: number,
  half: number,
): Float64Array {
  const width = 2 * half + 1;
  const start = from - half;
  const length = to - from + width;
  // Running sums of the mixed-down signal (zero outside the recording).
  const re = new Float64Array(length + 1);
  const im = new Float64Array(length + 1);
  for (let i = 0; i < length; i++) {
    const n = start + i;
    const x = n >= 0 && n < signal.length ? signal[n]! : 0;
    const phase = 2 * Math.PI * cycles * n;
    re[i + 1] = re[i]! + x * Math.cos(phase);
    im[i + 1] = im[i]! - x * Math.sin(phase);
  }
  const out = new Float64Array(to - from);
  for (let i = 0; i < out.length; i++) {
    const r = re[i + width]! - re[i]!;
    const m = im[i + width]! - im[i]!;
    out[i] = (2 * Math.hypot(r, m)) / width;
  }
  return out;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
