/** The heading (rotation about +y, radians, 0 facing -z) of a root rotation given as x, y, z, w. */
export function yawOf(q: ArrayLike<number>): number {
  const x = q[0] ?? 0;
  const y = q[1] ?? 0;
  const z = q[2] ?? 0;
  const w = q[3] ?? 1;
  // The y angle of a YXZ Euler decomposition, as three.js computes it.
  return Math.atan2(2 * (x * z + w * y), 1 - 2 * (x * x + y * y));
}
