// The touch layer's virtual joystick: where the thumb is on the stick becomes walking, like the keys do.
// Pure arithmetic apart from one shared value the stick writes and the player controller reads.
import type { MoveIntent } from './walker.ts';

/** Below this share of the stick's radius the thumb is resting, not walking. */
export const DEADZONE = 0.15;

export interface Stick {
  forward: number;
  strafe: number;
}

export const STILL: Stick = { forward: 0, strafe: 0 };

/** The walk for a thumb `dx`, `dy` pixels from the stick's centre (screen y down) on a stick of `radius`. */
export function stickFrom(dx: number, dy: number, radius: number): Stick {
  const length = Math.hypot(dx, dy) / radius;
  if (!(length > DEADZONE)) return STILL;
  // Past the deadzone the walk grows from 0 to 1 at the rim (and no further).
  const scale = Math.min(1, (length - DEADZONE) / (1 - DEADZONE)) / length / radius;
  return { forward: -dy * scale, strafe: dx * scale };
}

/** The keys' intent with the stick's walk added (the two together never walk faster than either). */
export function withStick(intent: MoveIntent, stick: Stick): MoveIntent {
  const forward = Math.max(-1, Math.min(1, intent.forward + stick.forward));
  const strafe = Math.max(-1, Math.min(1, intent.strafe + stick.strafe));
  return { ...intent, forward, strafe };
}

let current: Stick = STILL;

/** What the on-screen stick says now (written by the stick, read each frame by the player controller). */
export const touchStick = {
  get: (): Stick => current,
  set: (stick: Stick): void => {
    current = stick;
  },
};
