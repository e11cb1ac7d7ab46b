// Where someone may be, step by step: each move or pose root goes from where the room last let them be, no
// farther than the pace rules allow since their last step (protocol's movement-rules), never through walls.
import { acceptMove, type FloorBounds, type FloorPose, MAX_STRIDE, strideAfter } from '@prostudio/protocol';

export class Pace {
  private place: { x: number; z: number };
  private lastAt: number;
  /** Of the distance the pace allowed so far, what they have not used (see strideAfter). */
  private unused = MAX_STRIDE;

  constructor(start: { x: number; z: number }, now: number) {
    this.place = { x: start.x, z: start.z };
    this.lastAt = now;
  }

  /** The place the room lets them have, asking for `requested` at `now` (ms). */
  step(requested: FloorPose, now: number, bounds: FloorBounds): FloorPose {
    const stride = strideAfter(this.unused, (now - this.lastAt) / 1000);
    const next = acceptMove({ ...this.place, yaw: 0 }, requested, stride, bounds);
    this.unused = stride - Math.hypot(next.x - this.place.x, next.z - this.place.z);
    this.lastAt = now;
    this.place = { x: next.x, z: next.z };
    return next;
  }
}
