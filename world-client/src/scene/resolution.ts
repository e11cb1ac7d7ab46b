/** The lowest pixel ratio the scene drops to on a slow machine. */
export const MIN_DPR = 0.75;

/**
 * The pixel ratio for a performance factor between 0 (struggling) and 1 (plenty of headroom): from MIN_DPR
 * up to the screen's own ratio (at most 2), in steps of 0.25 so small swings do not resize the canvas.
 */
export function dprForFactor(factor: number, devicePixelRatio: number): number {
  const max = Math.max(MIN_DPR, Math.min(2, devicePixelRatio));
  const clamped = Math.min(1, Math.max(0, factor));
  return Math.round((MIN_DPR + clamped * (max - MIN_DPR)) * 4) / 4;
}
