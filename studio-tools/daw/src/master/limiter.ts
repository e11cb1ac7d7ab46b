// A look-ahead peak limiter over whole rendered channels (offline): no sample of the output is above the
// ceiling, nor (nearly) the signal between samples, read at three points between each pair by a windowed
// sinc; gain comes down smoothly over the look-ahead before a peak (no click) and goes back up over the
// release. Written here because no maintained package limits Float32Arrays offline; Web Audio's
// DynamicsCompressorNode is a compressor with a knee, not a brick wall, and differs between engines.
//
// For each sample s the gain is the mean, over the look-ahead window [s, s+L), of the least gain any sample
// in [k-L, k] needs; every term of that mean is at most what s itself needs, so s stays under the ceiling.

export interface LimiterOptions {
  /** The highest sample value allowed, linear (e.g. 0.89 for -1 dBFS). */
  readonly ceiling: number;
  /** Samples the gain starts coming down before a peak. */
  readonly lookahead: number;
  /** Samples the gain takes to recover about two thirds of the way (an exponential release). */
  readonly release: number;
}

/** `channels` limited to `ceiling`, linked (the same gain on every channel, keeping the stereo image). */
export function limit(channels: readonly Float32Array[], options: LimiterOptions): Float32Array[] {
  const length = channels[0]?.length ?? 0;
  const { ceiling } = options;
  const lookahead = Math.max(1, Math.round(options.lookahead));
  // The gain each sample needs: for the sample itself and the signal on either side of it.
  const peaks = new Float32Array(length);
  for (const channel of channels) {
    for (let i = 0; i < length; i++) {
      const between = betweenPeak(channel, i);
      peaks[i] = Math.max(peaks[i]!, Math.abs(channel[i]!), between);
      if (i + 1 < length) peaks[i + 1] = Math.max(peaks[i + 1]!, between);
    }
  }
  const need = peaks.map((peak) => (peak > ceiling ? ceiling / peak : 1));
  const least = slidingMinimum(need, lookahead);
  // Mean of `least` over [s, s + lookahead), the window running off the end as 1 (no peak there).
  const gain = new Float32Array(length);
  let sum = 0;
  for (let k = 0; k < lookahead; k++) sum += k < length ? least[k]! : 1;
  for (let s = 0; s < length; s++) {
    gain[s] = sum / lookahead;
    sum += (s + lookahead < length ? least[s + lookahead]! : 1) - least[s]!;
  }
  // Release: the gain may rise only as fast as the release lets it; it falls at once (already smoothed).
  const rise = 1 - Math.exp(-1 / Math.max(1, options.release));
  let current = 1;
  for (let s = 0; s < length; s++) {
    const target = gain[s]!;
    current = target < current ? target : current + (target - current) * rise;
    gain[s] = current;
  }
  return channels.map((channel) => {
    const out = new Float32Array(length);
    for (let s = 0; s < length; s++) out[s] = channel[s]! * gain[s]!;
    return out;
  });
}

/** Taps either side of the point read between samples. */
const HALF_TAPS = 4;
/** The windowed-sinc kernels for the points a quarter, a half and three quarters between two samples. */
const KERNELS = [0.25, 0.5, 0.75].map((phase) =>
  Array.from({ length: 2 * HALF_TAPS }, (_, k) => {
    const x = k - (HALF_TAPS - 1) - phase;
    const sinc = Math.sin(Math.PI * x) / (Math.PI * x);
    const window = 0.5 + 0.5 * Math.cos((Math.PI * x) / HALF_TAPS);
    return sinc * window;
  }),
);

/** The largest magnitude read between samples i and i + 1 (the signal taken as zero past its ends). */
function betweenPeak(channel: Float32Array, i: number): number {
  let peak = 0;
  for (const kernel of KERNELS) {
    let sum = 0;
    for (let k = 0; k < kernel.length; k++) sum += (channel[i - (HALF_TAPS - 1) + k] ?? 0) * kernel[k]!;
    peak = Math.max(peak, Math.abs(sum));
  }
  return peak;
}

/** For each k, the least of `values` over [k - window + 1, k] (a monotonic queue, linear time). */
function slidingMinimum(values: Float32Array, window: number): Float32Array {
  const out = new Float32Array(values.length);
  const queue = new Int32Array(values.length);
  let head = 0;
  let tail = 0;
  for (let k = 0; k < values.length; k++) {
    while (tail > head && values[queue[tail - 1]!]! >= values[k]!) tail--;
    queue[tail++] = k;
    if (queue[head]! <= k - window) head++;
    out[k] = values[queue[head]!]!;
  }
  return out;
}
