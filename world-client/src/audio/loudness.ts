// Meter readings and clock arithmetic shared by the sound engine. Pure.

const FLOOR_DB = -60;

/** A meter's reading, 0..1, for a root-mean-square level: -60 dBFS and below read 0, full scale 1. */
export function loudness(rms: number): number {
  if (!(rms > 0)) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/** The root-mean-square of `samples` (the first channel of a frame is enough for a meter). */
export function rootMeanSquare(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (samples[i] ?? 0) ** 2;
  return samples.length > 0 ? Math.sqrt(sum / samples.length) : 0;
}

/** a - b for two ms clocks that wrap at 2^32 (as `Date.now() >>> 0`), as long as they are within 24 days. */
export function clockDifference(a: number, b: number): number {
  return (a - b) | 0;
}

/**
 * The playout lag, ms: how long before `now` (Date.now()) the sender heard the sample now leaving the
 * speakers, given that the sample at context time `reportedAt` (s) was stamped `senderTime` by its sender
 * and that the sample leaving the speakers now is at context time `leaving` (s).
 */
export function playoutLag(senderTime: number, reportedAt: number, leaving: number, now: number): number {
  const leavingSenderTime = senderTime + (leaving - reportedAt) * 1000;
  return clockDifference(now >>> 0, Math.round(leavingSenderTime) >>> 0);
}
