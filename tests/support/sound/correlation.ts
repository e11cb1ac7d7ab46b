// Where a reference sound lies in a recording: FFT cross-correlation (fft.js), normalised at the peak.
import FFT from 'fft.js';

import { SAMPLE_RATE } from './signals.ts';

export interface LagOptions {
  readonly sampleRate?: number;
  /** Lags searched, in samples (recording later than reference is positive). Default: every overlap. */
  readonly minLag?: number;
  readonly maxLag?: number;
}

export interface Lag {
  /** Samples by which the recording is late, with a parabolic sub-sample estimate. */
  readonly lagSamples: number;
  readonly lagMs: number;
  /** Normalised correlation at the peak, over the overlap: 1 for a scaled copy, near 0 for noise. */
  readonly peak: number;
}

/** Finds the lag at which the recording best matches the reference. */
export function findLag(reference: Float32Array, recording: Float32Array, options: LagOptions = {}): Lag {
  const sampleRate = options.sampleRate ?? SAMPLE_RATE;
  const minLag = Math.max(options.minLag ?? -(reference.length - 1), -(reference.length - 1));
  const maxLag = Math.min(options.maxLag ?? recording.length - 1, recording.length - 1);
  if (reference.length === 0 || recording.length === 0 || minLag > maxLag) {
    throw new Error('findLag: the reference and the recording must overlap at some lag in the range.');
  }
  // Only the part of the recording that some searched lag can reach enters the transform.
  const from = Math.max(0, minLag);
  const to = Math.min(recording.length, maxLag + reference.length);
  const part = recording.subarray(from, to);
  const corr = crossCorrelation(reference, part);
  const at = (lag: number) => corr.get(lag - from);

  let best = minLag;
  for (let lag = minLag + 1; lag <= maxLag; lag++) if (at(lag) > at(best)) best = lag;
  let fraction = 0;
  if (best > minLag && best < maxLag) {
    const [a, b, c] = [at(best - 1), at(best), at(best + 1)];
    const curvature = a - 2 * b + c;
    if (curvature < 0) fraction = (0.5 * (a - c)) / curvature;
  }
  const peak = at(best) / Math.sqrt(overlapEnergy(reference, recording, best)) || 0;
  const lagSamples = best + fraction;
  return { lagSamples, lagMs: (lagSamples / sampleRate) * 1000, peak };
}

/** c(k) = Σ ref[n]·rec[n + k], for k from −(ref.length − 1) to rec.length − 1, read with get(k). */
function crossCorrelation(reference: Float32Array, recording: Float32Array): { get(lag: number): number } {
  let size = 4;
  while (size < reference.length + recording.length) size *= 2;
  const fft = new FFT(size);
  const spectrum = (signal: Float32Array): number[] => {
    const padded = new Float64Array(size);
    padded.set(signal);
    const out = fft.createComplexArray() as number[];
    fft.realTransform(out, padded);
    fft.completeSpectrum(out);
    return out;
  };
  const a = spectrum(reference);
  const b = spectrum(recording);
  // conj(A)·B, in place in b.
  for (let i = 0; i < size * 2; i += 2) {
    const [ar, ai, br, bi] = [a[i]!, a[i + 1]!, b[i]!, b[i + 1]!];
    b[i] = ar * br + ai * bi;
    b[i + 1] = ar * bi - ai * br;
  }
  const out = fft.createComplexArray() as number[];
  fft.inverseTransform(out, b);
  return { get: (lag) => out[2 * (lag < 0 ? size + lag : lag)]! };
}

/** Σ ref² · Σ rec² over the samples the two share at this lag. */
function overlapEnergy(reference: Float32Array, recording: Float32Array, lag: number): number {
  const start = Math.max(0, -lag);
  const end = Math.min(reference.length, recording.length - lag);
  let r = 0;
  let s = 0;
  for (let n = start; n < end; n++) {
    r += reference[n]! ** 2;
    s += recording[n + lag]! ** 2;
  }
  return r * s;
}

/** The recording shifted back by a (fractional) lag, linearly interpolated, as long as the reference. */
export function alignTo(recording: Float32Array, lagSamples: number, length: number): Float32Array {
  const out = new Float32Array(length);
  for (let n = 0; n < length; n++) {
    const t = n + lagSamples;
    const i = Math.floor(t);
    if (i < 0 || i + 1 >= recording.length) continue;
    const f = t - i;
    out[n] = recording[i]! * (1 - f) + recording[i + 1]! * f;
  }
  return out;
}
