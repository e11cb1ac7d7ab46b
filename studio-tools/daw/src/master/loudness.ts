// Loudness as streaming services and broadcasters measure it (EBU R128 / ITU-R BS.1770): integrated loudness
// in LUFS and true peak in dBTP, by ebur128-wasm (libebur128's algorithm; matches ffmpeg's ebur128 filter).
import {
  ebur128_integrated_mono,
  ebur128_integrated_stereo,
  ebur128_true_peak_mono,
  ebur128_true_peak_stereo,
} from 'ebur128-wasm/ebur128_wasm.js';

export interface Loudness {
  /** Integrated loudness, LUFS; -Infinity for silence. */
  readonly integrated: number;
  /** True peak (the peak between samples too), dBTP; -Infinity for silence. */
  readonly truePeak: number;
}

/** The loudness of one or two channels at `sampleRate`. */
export function measureLoudness(channels: readonly Float32Array[], sampleRate: number): Loudness {
  const [left, right] = channels;
  if (!left || channels.length > 2) throw new RangeError('Loudness is measured on one or two channels.');
  if (!right)
    return {
      integrated: ebur128_integrated_mono(sampleRate, left),
      truePeak: ebur128_true_peak_mono(sampleRate, left),
    };
  return {
    integrated: ebur128_integrated_stereo(sampleRate, left, right),
    truePeak: ebur128_true_peak_stereo(sampleRate, left, right),
  };
}
