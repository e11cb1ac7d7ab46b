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

/**
 * Faster than this (m/s) the play area jumped rather than glided: a snap turn swinging it around the head.
 * Judged by speed, not distance, so a slow frame's long glide still counts as a glide.
 */
const JUMP_SPEED = 6;

/** Teleports so far: the vignette stays open across the frame in which one happens. */
let teleports = 0;

/** Notes a teleport (the play area is about to jump). */
export function noteTeleport(): void {
  teleports += 1;
}

/** The number of teleports noted so far. */
export function teleportCount(): number {
  return teleports;
}

/** Whether a frame's motion was a jump (a teleport, a snap turn) rather than a glide. */
export function jumped(speed: number, teleportedThisFrame: boolean): boolean {
  return teleportedThisFrame || speed > JUMP_SPEED;
}
