// Does an aligned recording sound like the reference? Third-octave band levels per frame, compared after
// one gain is matched: lossy coding (Opus at 32 kbit/s) keeps them close, noise or another sound does not.
import FFT from 'fft.js';

import { alignTo } from './correlation.ts';
import { SAMPLE_RATE } from './signals.ts';

export interface MatchOptions {
  readonly sampleRate?: number;
  /** Frames whose level is this far below the reference's loudest frame are not judged. */
  readonly activeRangeDb?: number;
  /** Within a frame, bands this far below its loudest are compared as if at that floor. */
  readonly rangeDb?: number;
  /** Third-octave bands from lowHz to highHz (centres). */
  readonly lowHz?: number;
  readonly highHz?: number;
  /** Thresholds of the verdict (see Match.matches). */
  readonly maxMedianDistanceDb?: number;
  readonly maxDropoutFraction?: number;
  readonly maxGainDb?: number;
}

export interface Match {
  /** dB to add to the recording to match the reference's level. */
  readonly gainDb: number;
  /** Median over active frames of the RMS band-level difference (dB), after the gain. */
  readonly medianDistanceDb: number;
  /** Share of the reference's active 10 ms blocks that came out over 20 dB too quiet (lost, muted). */
  readonly dropoutFraction: number;
  /** Mean over active frames of the waveform SNR after the gain, each frame's clamped to [−10, 35] dB. */
  readonly segmentalSnrDb: number;
  readonly activeFrames: number;
  /** Median distance, dropouts and gain all within their thresholds. */
  readonly matches: boolean;
}

const FRAME = 1024; // 21 ms at 48 kHz
const HOP = 512;
const DROPOUT_BLOCK_S = 0.01; // finer than a 20 ms packet, so a lost one shows

/** Compares a recording with the reference, the recording shifted back by lagSamples (see findLag). */
export function matchSound(
  reference: Float32Array,
  recording: Float32Array,
  lagSamples: number,
  options: MatchOptions = {},
): Match {
  const { sampleRate = SAMPLE_RATE, activeRangeDb = 40, rangeDb = 30, lowHz = 125, highHz = 8_000 } = options;
  const { maxMedianDistanceDb = 6, maxDropoutFraction = 0.05, maxGainDb = 30 } = options;
  const aligned = alignTo(recording, lagSamples, reference.length);
  const bands = thirdOctaveBins(lowHz, highHz, sampleRate);
  const ref = bandLevels(reference, bands);
  const rec = bandLevels(aligned, bands);

  const frameEnergy = ref.map((frame) => frame.reduce((s, e) => s + e, 0));
  const loudest = frameEnergy.reduce((m, e) => Math.max(m, e), 0);
  const active = frameEnergy.map((e) => e > 0 && e >= loudest * 10 ** (-activeRangeDb / 10));
  const activeFrames = active.filter(Boolean).length;
  if (activeFrames === 0) throw new Error('matchSound: the reference is silent; nothing to compare.');

  let refSum = 0;
  let recSum = 0;
  ref.forEach((frame, f) => {
    if (!active[f]) return;
    refSum += frameEnergy[f]!;
    recSum += rec[f]!.reduce((s, e) => s + e, 0);
  });
  const gain = recSum > 0 ? refSum / recSum : Infinity;
  const gainDb = 10 * Math.log10(gain);
  if (!Number.isFinite(gain)) return silent(activeFrames);

  const distances: number[] = [];
  ref.forEach((frame, f) => {
    if (!active[f]) return;
    // Each frame is judged over the top rangeDb of its own bands: sound far below what the reference has
    // there (a codec's noise, the room's hum) neither helps nor hurts.
    const floor = frame.reduce((m, e) => Math.max(m, e), 0) * 10 ** (-rangeDb / 10);
    const db = (e: number) => 10 * Math.log10(Math.max(e, floor));
    const squares = frame.map((e, b) => (db(rec[f]![b]! * gain) - db(e)) ** 2);
    distances.push(Math.sqrt(squares.reduce((s, d) => s + d, 0) / squares.length));
  });
  const medianDistanceDb = median(distances);
  const dropoutFraction = dropoutShare(reference, aligned, gain, activeRangeDb, sampleRate);
  const segmentalSnrDb = segmentalSnr(reference, aligned, active, Math.sqrt(gain));
  return {
    gainDb,
    medianDistanceDb,
    dropoutFraction,
    segmentalSnrDb,
    activeFrames,
    matches:
      medianDistanceDb <= maxMedianDistanceDb &&
      dropoutFraction <= maxDropoutFraction &&
      Math.abs(gainDb) <= maxGainDb,
  };
}

/** [first, last) FFT bins of each third-octave band whose centre lies in [lowHz, highHz]. */
function thirdOctaveBins(lowHz: number, highHz: number, sampleRate: number): Array<[number, number]> {
  const binHz = sampleRate / FRAME;
  const bands: Array<[number, number]> = [];
  for (let centre = 1000 * 2 ** (Math.round(3 * Math.log2(lowHz / 1000)) / 3); centre <= highHz * 1.01;) {
    const first = Math.round((centre * 2 ** (-1 / 6)) / binHz);
    const last = Math.max(first + 1, Math.round((centre * 2 ** (1 / 6)) / binHz));
    bands.push([first, Math.min(last, FRAME / 2)]);
    centre *= 2 ** (1 / 3);
  }
  return bands;
}

/** Band energies of each Hann-windowed frame. */
function bandLevels(signal: Float32Array, bands: ReadonlyArray<[number, number]>): number[][] {
  const fft = new FFT(FRAME);
  const window = Float64Array.from(
    { length: FRAME },
    (_, n) => 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / FRAME),
  );
  const input = new Float64Array(FRAME);
  const out = fft.createComplexArray() as number[];
  const frames: number[][] = [];
  for (let start = 0; start + FRAME <= signal.length; start += HOP) {
    for (let n = 0; n < FRAME; n++) input[n] = signal[start + n]! * window[n]!;
    fft.realTransform(out, input);
    frames.push(
      bands.map(([first, last]) => {
        let e = 0;
        for (let k = first; k < last; k++) e += out[2 * k]! ** 2 + out[2 * k + 1]! ** 2;
        return e;
      }),
    );
  }
  return frames;
}

/** A recording with nothing in it where the reference has sound. */
function silent(activeFrames: number): Match {
  const nothing = { gainDb: Infinity, medianDistanceDb: Infinity, segmentalSnrDb: -10 };
  return { ...nothing, dropoutFraction: 1, activeFrames, matches: false };
}

function dropoutShare(
  reference: Float32Array,
  aligned: Float32Array,
  gain: number,
  activeRangeDb: number,
  sampleRate: number,
): number {
  const width = Math.round(DROPOUT_BLOCK_S * sampleRate);
  const blocks: Array<[number, number]> = [];
  for (let start = 0; start + width <= reference.length; start += width) {
    let r = 0;
    let s = 0;
    for (let n = start; n < start + width; n++) {
      r += reference[n]! ** 2;
      s += aligned[n]! ** 2;
    }
    blocks.push([r, s * gain]);
  }
  const loudest = blocks.reduce((m, [r]) => Math.max(m, r), 0);
  const active = blocks.filter(([r]) => r > 0 && r >= loudest * 10 ** (-activeRangeDb / 10));
  return active.filter(([r, s]) => s < r * 0.01).length / active.length;
}

function segmentalSnr(
  reference: Float32Array,
  aligned: Float32Array,
  active: boolean[],
  gain: number,
): number {
  const snrs: number[] = [];
  active.forEach((isActive, f) => {
    if (!isActive) return;
    let signal = 0;
    let error = 0;
    for (let n = f * HOP; n < f * HOP + FRAME; n++) {
      signal += reference[n]! ** 2;
      error += (reference[n]! - gain * aligned[n]!) ** 2;
    }
    const snr = error > 0 ? 10 * Math.log10(signal / error) : 35;
    snrs.push(Math.max(-10, Math.min(35, snr)));
  });
  return snrs.reduce((s, x) => s + x, 0) / snrs.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
