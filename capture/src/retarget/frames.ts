// Rotations from observed directions: the building blocks of retargeting.
import { Matrix4, Quaternion, Vector3 } from 'three';

const m1 = new Matrix4();
const m2 = new Matrix4();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();

/** An orthonormal frame with `primary` exact and `secondary` made perpendicular to it; null if degenerate. */
function frame(primary: Vector3, secondary: Vector3, out: Matrix4): Matrix4 | null {
  a.copy(primary);
  if (a.lengthSq() < 1e-12) return null;
  a.normalize();
  b.copy(secondary).addScaledVector(a, -secondary.dot(a));
  if (b.lengthSq() < 1e-10) return null;
  b.normalize();
  c.crossVectors(a, b);
  return out.makeBasis(a, b, c);
}

/**
 * The rotation taking a rest frame to an observed one: `restPrimary` onto `primary` exactly, and
 * `restSecondary` as near `secondary` as that allows. Null when either pair is degenerate.
 */
export function rotationBetweenFrames(
  restPrimary: Vector3,
  restSecondary: Vector3,
  primary: Vector3,
  secondary: Vector3,
): Quaternion | null {
  if (!frame(restPrimary, restSecondary, m1) || !frame(primary, secondary, m2)) return null;
  // R * rest = observed, so R = observed * rest^T (orthonormal: the transpose is the inverse).
  return new Quaternion().setFromRotationMatrix(m2.multiply(m1.transpose()));
}

/** The smallest rotation turning unit `from` onto the direction of `to` (no twist about it). */
export function swing(from: Vector3, to: Vector3): Quaternion {
  return new Quaternion().setFromUnitVectors(from, to.clone().normalize());
}

/** The rotation `fraction` of the way from identity to `q`. */
export function part(q: Quaternion, fraction: number): Quaternion {
  return new Quaternion().slerp(q, fraction);
}

/** Angle of a rotation, degrees (0..180). */
export function angleOf(q: Quaternion): number {
  return (2 * Math.acos(Math.min(1, Math.abs(q.w))) * 180) / Math.PI;
}

/** Angle between two rotations, degrees. */
export function angleBetween(p: Quaternion, q: Quaternion): number {
  return (2 * Math.acos(Math.min(1, Math.abs(p.dot(q)))) * 180) / Math.PI;
}

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}
