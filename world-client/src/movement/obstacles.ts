// Things that stand on the floor (a sculpture's plinth): round keep-out areas that walking slides around,
// whatever the input (keys, a click, the touch stick, a VR teleport).

/** A round area nobody stands in; `radius` already includes a person's own body. */
export interface Obstacle {
  readonly x: number;
  readonly z: number;
  readonly radius: number;
}

/**
 * The nearest place to `point` outside every obstacle. Pushing out along the line from an obstacle's centre
 * makes a walk into it slide around its edge instead of stopping dead.
 */
export function keepClear(
  point: { readonly x: number; readonly z: number },
  obstacles: readonly Obstacle[],
): { x: number; z: number } {
  let { x, z } = point;
  for (const obstacle of obstacles) {
    const dx = x - obstacle.x;
    const dz = z - obstacle.z;
    const distance = Math.hypot(dx, dz);
    if (distance >= obstacle.radius) continue;
    // Dead centre (a teleport onto the plinth): step out toward +z, the side facing the entrance.
    const [ux, uz] = distance > 1e-9 ? [dx / distance, dz / distance] : [0, 1];
    x = obstacle.x + ux * obstacle.radius;
    z = obstacle.z + uz * obstacle.radius;
  }
  return { x, z };
}

/** Whether the straight walk from `a` to `b` passes through an obstacle. */
export function crosses(
  a: { readonly x: number; readonly z: number },
  b: { readonly x: number; readonly z: number },
  obstacle: Obstacle,
): boolean {
  const dx = b.x - a.x;
  const dz = b.z - a.z;
  const length2 = dx * dx + dz * dz;
  const t = length2 === 0 ? 0 : ((obstacle.x - a.x) * dx + (obstacle.z - a.z) * dz) / length2;
  const clamped = Math.min(1, Math.max(0, t));
  const px = a.x + dx * clamped - obstacle.x;
  const pz = a.z + dz * clamped - obstacle.z;
  return px * px + pz * pz < obstacle.radius * obstacle.radius - 1e-9;
}
