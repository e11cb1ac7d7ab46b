// How much the comfort vignette closes in: with the speed the play area is moving at (walking with the
// thumbstick; a teleport is a jump, not a motion) and while it turns smoothly.

/** Speeds (m/s) at which the vignette starts to close, and is fully closed. */
const FROM = 0.2;
const FULL = 2;

/** 0 (open) to 1 (closed as far as it goes) for a play area moving at `speed` m/s. */
export function vignetteStrength(speed: number, teleported: boolean): number {
  if (teleported || !(speed > FROM)) return 0;
  return Math.min(1, (speed - FROM) / (FULL - FROM));
}

/** A jump this far in one frame is a teleport (metres). */
export const TELEPORT_JUMP = 0.75;
