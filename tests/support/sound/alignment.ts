// How closely two pages play the same music at the same moment: windows of one page's recording are found in
// the other's (FFT cross-correlation) near where the wall clock puts them, and the lag at which each best
// matches is how far apart the two pages' speakers were then. Both pages run on this machine, so their
// recordings' wall-clock times (the recorder's stamps, from each page's output timestamps) share one clock.
import { findLag } from './correlation.ts';
import { mixToMono } from './analysis.ts';
import { wallMsOf, type PageRecording } from './recorder.ts';

/**
 * A window whose correlation peaks above this holds the same music in both recordings (unrelated music rarely
 * correlates above 0.3 at a lag searched; the same render, noise-based drums aside, does at 0.5–0.95).
 */
export const SAME_MUSIC = 0.3;

export interface AlignmentWindow {
  /** Where the window starts, seconds into the first recording. */
  readonly atS: number;
  /** How much later the second page played it (ms; negative: earlier). */
  readonly lagMs: number;
  /** Normalised correlation at that lag: near 1 for the same sound. */
  readonly peak: number;
}

export interface AlignmentOptions {
  /** Length of each window compared, seconds. */
  readonly windowS?: number;
  /** Start of one window to the next, seconds. */
  readonly stepS?: number;
  /** Lags searched either side of the wall clock's placing, ms. */
  readonly searchMs?: number;
  /** Windows quieter than this RMS are skipped (nothing to match). */
  readonly minRms?: number;
}

/** Each window of `first` found in `second`. */
export function alignment(
  first: PageRecording,
  second: PageRecording,
  { windowS = 1, stepS = 0.5, searchMs = 100, minRms = 0.005 }: AlignmentOptions = {},
): AlignmentWindow[] {
  if (first.sampleRate !== second.sampleRate) throw new Error('the recordings differ in sample rate');
  const rate = first.sampleRate;
  const a = mixToMono(first.channels);
  const b = mixToMono(second.channels);
  const width = Math.round(windowS * rate);
  const search = Math.round((searchMs / 1000) * rate);
  const windows: AlignmentWindow[] = [];
  for (let start = 0; start + width <= a.length; start += Math.round(stepS * rate)) {
    const reference = a.subarray(start, start + width);
    if (rms(reference) < minRms) continue;
    // Where the second recording held the same wall-clock moment (each dated by its output clock then).
    const wallMs = wallMsOf(first, start);
    const there = indexAt(second, wallMs);
    const from = there - search;
    const to = there + width + search;
    if (from < 0 || to > b.length) continue;
    const lag = findLag(reference, b.subarray(from, to), { sampleRate: rate, minLag: 0, maxLag: 2 * search });
    windows.push({ atS: start / rate, lagMs: lag.lagMs - (search / rate) * 1000, peak: lag.peak });
  }
  return windows;
}

/** The sample of `recording` that left for the speakers at wall-clock `wallMs`. */
function indexAt(recording: PageRecording, wallMs: number): number {
  let index = Math.round(((wallMs - recording.startWallMs) / 1000) * recording.sampleRate);
  // Twice: the stamp that applies depends on the index.
  for (let i = 0; i < 2; i++)
    index += Math.round(((wallMs - wallMsOf(recording, index)) / 1000) * recording.sampleRate);
  return index;
}

function rms(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

/** The value below which `share` of `values` lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}
