// The walkable shape of each kind of space, shared by the server (which enforces it) and the client (which
// draws walls where these bounds are). Units are metres; the floor is y = 0 and +z points to the entrance.

export type SpaceKind = 'lobby' | 'gallery' | 'stage' | 'classroom';

/** An axis-aligned walkable rectangle on the floor. */
export interface FloorBounds {
  readonly minX: number;
  readonly maxX: number;
  readonly minZ: number;
  readonly maxZ: number;
}

export interface SpaceLayout {
  readonly bounds: FloorBounds;
  /** Wall height, for drawing. */
  readonly wallHeight: number;
  /** Where people appear when they arrive: the middle of the entrance side. */
  readonly spawn: { readonly x: number; readonly z: number; readonly yaw: number };
  /** A raised floor (a stage's platform), metres above the floor within its rectangle. */
  readonly platform?: FloorBounds & { readonly height: number };
  /** Where a performer appears: on the platform, facing the audience. */
  readonly performerSpot?: { readonly x: number; readonly z: number; readonly yaw: number };
  /** Where an instructor appears: before the board, facing the seats. */
  readonly instructorSpot?: { readonly x: number; readonly z: number; readonly yaw: number };
}

export const LAYOUTS: Readonly<Record<SpaceKind, SpaceLayout>> = {
  lobby: {
    bounds: { minX: -10, maxX: 10, minZ: -10, maxZ: 10 },
    wallHeight: 5,
    spawn: { x: 0, z: 6, yaw: 0 },
  },
  gallery: { bounds: { minX: -8, maxX: 8, minZ: -6, maxZ: 6 }, wallHeight: 4, spawn: { x: 0, z: 4, yaw: 0 } },
  stage: {
    bounds: { minX: -14, maxX: 14, minZ: -12, maxZ: 12 },
    wallHeight: 8,
    spawn: { x: 0, z: 9, yaw: 0 },
    platform: { minX: -9.8, maxX: 9.8, minZ: -12, maxZ: -6, height: 0.6 },
    // Heading 0 looks towards -z (the back); π turns to the audience.
    performerSpot: { x: 0, z: -7.5, yaw: Math.PI },
  },
  classroom: {
    bounds: { minX: -9, maxX: 9, minZ: -7, maxZ: 7 },
    wallHeight: 4,
    spawn: { x: 0, z: 5, yaw: 0 },
    // The board hangs on the front wall (z = -7); the seats face it from z = -3 back.
    instructorSpot: { x: 0, z: -5, yaw: Math.PI },
  },
};

/** Where someone of `role` first stands: a performer on the stage, an instructor before the board. */
export function hostSpot(layout: SpaceLayout, role: string): SpaceLayout['spawn'] | undefined {
  if (role === 'performer') return layout.performerSpot;
  if (role === 'instructor') return layout.instructorSpot;
  return undefined;
}

/** The height of the floor at (x, z): the platform's top on it, else 0. */
export function floorHeight(layout: SpaceLayout, x: number, z: number): number {
  const p = layout.platform;
  return p && x >= p.minX && x <= p.maxX && z >= p.minZ && z <= p.maxZ ? p.height : 0;
}

/** How close to a wall a person's centre may come. */
export const BODY_RADIUS = 0.35;

/** Clamps a point on the floor so that a body stays inside the bounds. */
export function clampToBounds(bounds: FloorBounds, x: number, z: number): { x: number; z: number } {
  return {
    x: Math.min(bounds.maxX - BODY_RADIUS, Math.max(bounds.minX + BODY_RADIUS, x)),
    z: Math.min(bounds.maxZ - BODY_RADIUS, Math.max(bounds.minZ + BODY_RADIUS, z)),
  };
}
