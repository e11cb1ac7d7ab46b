// Where a reaction burst is in its flight: it rises from just over the crowd's heads, sways a little,
// fades in and out. Pure, so the 3D view and the tests agree.

export interface Flight {
  x: number;
  y: number;
  z: number;
  opacity: number;
  scale: number;
}

/** Where bursts rise: a band `width` wide across (unit vector `across`) through `centre`, over `floor`. */
export interface CrowdArea {
  centre: { x: number; z: number };
  across: { x: number; z: number };
  width: number;
  floor: number;
}

const START_HEIGHT = 2.2;
const RISE = 2.4;

/** The burst in `lane` (0..1 across the crowd), `progress` of the way through its life (0..1). */
export function burstFlight(lane: number, progress: number, area: CrowdArea): Flight {
  const t = Math.min(1, Math.max(0, progress));
  const eased = 1 - (1 - t) ** 2;
  const sway = Math.sin(t * Math.PI * 2 + lane * 17) * 0.25;
  const fadeIn = Math.min(1, t / 0.1);
  const fadeOut = Math.min(1, (1 - t) / 0.3);
  const side = (lane - 0.5) * area.width + sway;
  // Spread a little in depth too, so bursts do not stand in one line.
  const depth = (((lane * 7919) % 1) - 0.5) * 2;
  return {
    x: area.centre.x + area.across.x * side - area.across.z * depth,
    y: area.floor + START_HEIGHT + eased * RISE,
    z: area.centre.z + area.across.z * side + area.across.x * depth,
    opacity: Math.max(0, Math.min(fadeIn, fadeOut)),
    scale: 0.5 + 0.2 * eased,
  };
}
