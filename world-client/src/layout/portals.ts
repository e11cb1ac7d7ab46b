import type { FloorBounds } from '@prostudio/protocol';

/** A door in the lobby leading to another space. */
export interface Portal<T> {
  readonly target: T;
  readonly position: readonly [number, number, number];
  readonly yaw: number;
}

export const PORTAL_WIDTH = 2.4;

/** Places one door per destination along the lobby's back wall, evenly spaced and centred. */
export function placePortals<T>(targets: readonly T[], bounds: FloorBounds): Portal<T>[] {
  const span = bounds.maxX - bounds.minX;
  const step = span / (targets.length + 1);
  return targets.map((target, index) => ({
    target,
    position: [bounds.minX + step * (index + 1), 0, bounds.minZ + 0.05],
    yaw: 0,
  }));
}
