// Tiny vector and easing helpers for the avatar builders (plain tuples, no allocation-heavy classes).

export type Vec3 = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / length(a));

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = clamp01((x - edge0) / (edge1 - edge0));
  return t * t * (3 - 2 * t);
}

/** Piecewise-linear interpolation in a table of [x, ...values] rows sorted by x; clamps at the ends. */
export function interpolate(table: readonly (readonly number[])[], x: number): number[] {
  const first = table[0];
  const last = table[table.length - 1];
  if (x <= first[0]) return first.slice(1);
  if (x >= last[0]) return last.slice(1);
  let i = 1;
  while (table[i][0] < x) i++;
  const a = table[i - 1];
  const b = table[i];
  const t = (x - a[0]) / (b[0] - a[0]);
  return a.slice(1).map((v, k) => lerp(v, b[k + 1], t));
}
