// When a pose sender's place in the room state (their presence) is brought up to date. Presence is the rough
// place everyone gets; the pose stream has the exact one for those near enough. So: a real step or turn at
// most once a second, and whatever small difference is left once things have settled, so that the place
// everyone sees ends where the person really stopped.
import type { FloorPose } from '@prostudio/protocol';

export const PRESENCE_INTERVAL_MS = 1000;
export const PRESENCE_SETTLE_MS = 2000;
export const PRESENCE_STEP = 0.5;
export const PRESENCE_TURN = 0.35;
const NOTICEABLE = 0.01;

/** Whether presence should change from `shown` to `actual`, `elapsedMs` after its last change. */
export function presenceDue(shown: FloorPose, actual: FloorPose, elapsedMs: number): boolean {
  if (elapsedMs < PRESENCE_INTERVAL_MS) return false;
  const step = Math.hypot(actual.x - shown.x, actual.z - shown.z);
  const turn = Math.abs(Math.atan2(Math.sin(actual.yaw - shown.yaw), Math.cos(actual.yaw - shown.yaw)));
  if (step >= PRESENCE_STEP || turn >= PRESENCE_TURN) return true;
  return elapsedMs >= PRESENCE_SETTLE_MS && (step >= NOTICEABLE || turn >= NOTICEABLE);
}
