// Plays back a remote person's poses smoothly, whatever the network does: frames are kept by their
// sender's timestamp and shown a little in the past (the playback delay: one gap between the sender's
// frames, so the next frame is always there to move towards, plus a margin for the measured jitter),
// interpolated between the two frames around that moment. Pure: time is passed in.

/** The part of a pose the buffer interpolates: root position and orientation, and bone rotations. */
export interface PoseSample {
  /** Sender's clock, ms (may wrap at 2^32; the buffer unwraps it). */
  readonly time: number;
  readonly position: readonly [number, number, number];
  /** Root rotation x, y, z, w. */
  readonly rotation: ArrayLike<number>;
  /** Bone rotations, 4 numbers each (same length in every sample of one sender). */
  readonly body: ArrayLike<number>;
  /** Finger rotations and face weights, when the sender tracks them (shown as they come, not blended). */
  readonly hands?: Float32Array | null;
  readonly face?: Float32Array | null;
}

export interface Playback {
  position: [number, number, number];
  rotation: Float32Array;
  body: Float32Array;
  hands: Float32Array | null;
  face: Float32Array | null;
}

const WRAP = 2 ** 32;
const MIN_DELAY = 30;
const MAX_DELAY = 300;
/** The most a pose stream is held back to stay in step with its sender's sound, ms (music waits up to 800). */
const MAX_FOLLOW_DELAY = 1000;
/** Margin on top of the frame gap and jitter: a display frame's worth of lateness in reading them. */
const MARGIN = 10;
/**
 * A gap this long between frames is a sender with nothing new (someone standing still sends a frame
 * every 500 ms to stay present), not the pace it moves at.
 */
const PAUSE_MS = 450;
/** The gap assumed until a sender's pace is seen: the room's 20 Hz. */
const USUAL_GAP = 50;
/** How long past the newest frame playback holds still before it counts as stalled. */
const HOLD_MS = 250;
const KEEP = 32;

export class JitterBuffer {
  private readonly samples: Array<PoseSample & { at: number }> = [];
  private lastRaw = -1;
  private epoch = 0;
  /** Smallest (arrival − send) seen: the clock offset plus the fastest trip. */
  private offset = Infinity;
  /** Smoothed deviation of (arrival − send) above that minimum: the jitter. */
  private jitter = 0;
  /** Median gap between the sender's frames, ms (by their time stamps): 33 at 30 Hz. */
  private frameGap = USUAL_GAP;
  /** While the sender is heard: the delay that plays their motion with their sound (see follow()). */
  private soundDelay: number | null = null;

  /**
   * Adds a frame that arrived at `arrivedAt` (local ms). Old or repeated frames (a sender's keepalive
   * resends its last one) are ignored: returns whether this one was new.
   */
  push(sample: PoseSample, arrivedAt: number): boolean {
    const at = this.unwrap(sample.time);
    const newest = this.samples.at(-1);
    if (newest && at <= newest.at) return false;
    this.samples.push({ ...sample, at });
    if (this.samples.length > KEEP) this.samples.shift();
    this.frameGap = medianGap(this.samples);
    const lag = arrivedAt - at;
    if (lag < this.offset) this.offset = lag;
    this.jitter += (lag - this.offset - this.jitter) * 0.1;
    return true;
  }

  /**
   * The delay playback runs behind the sender, ms: the gap to the sender's next frame and enough to ride
   * out the jitter seen so far, so playback always has a frame ahead to move towards.
   */
  get delay(): number {
    if (this.soundDelay !== null) return this.soundDelay;
    return Math.min(MAX_DELAY, Math.max(MIN_DELAY, this.frameGap + 2.5 * this.jitter + MARGIN));
  }

  /**
   * Plays the sender's motion in step with their sound, which is playing the sample they heard `lag` ms ago
   * (by their clock and ours; `clockGap` is our wall clock minus the clock `push` and `sample` are given), or
   * goes back to its own delay with null. Both streams carry the sender's wall clock, so showing the pose of
   * that same moment puts lips and sound together.
   */
  follow(lag: number | null, clockGap: number): void {
    if (lag === null || !Number.isFinite(this.offset)) {
      this.soundDelay = null;
      return;
    }
    // The pose shown at local time t is the sender's at t - offset - delay; the sound's, at t + clockGap - lag
    // (both on the sender's clock as frames carry it, wrapping at 2^32 ms).
    const delay = wrapSigned(lag - clockGap - this.offset);
    this.soundDelay = Math.min(MAX_FOLLOW_DELAY, Math.max(MIN_DELAY, delay));
  }

  /** The sender's clock time of the pose shown at local time `now` (ms), or null before any frame. */
  shownTime(now: number): number | null {
    return this.samples.length > 0 ? now - this.offset - this.delay : null;
  }

  /** Whether there is anything to play. */
  get ready(): boolean {
    return this.samples.length > 0;
  }

  /** Whether the sender has gone quiet (playback is holding its last frame). */
  stalled(now: number): boolean {
    const newest = this.samples.at(-1);
    return !newest || now - this.offset - this.delay > newest.at + HOLD_MS;
  }

  /** The pose to show at local time `now`, written into `out` (allocated on first use). */
  sample(now: number, out?: Playback): Playback | null {
    const first = this.samples[0];
    const newest = this.samples.at(-1);
    if (!first || !newest) return null;
    const target = now - this.offset - this.delay;
    let before = first;
    let after = first;
    if (target >= newest.at) {
      before = newest;
      after = newest;
    } else if (target > first.at) {
      for (let i = 1; i < this.samples.length; i++) {
        const next = this.samples[i];
        if (next && next.at >= target) {
          before = this.samples[i - 1] ?? next;
          after = next;
          break;
        }
      }
    }
    const span = after.at - before.at;
    const t = span > 0 ? (target - before.at) / span : 0;
    const result = out ?? {
      position: [0, 0, 0],
      rotation: new Float32Array(4),
      body: new Float32Array(newest.body.length),
      hands: null,
      face: null,
    };
    result.hands = after.hands ?? null;
    result.face = after.face ?? null;
    for (let i = 0; i < 3; i++) {
      result.position[i] =
        (before.position[i] ?? 0) + ((after.position[i] ?? 0) - (before.position[i] ?? 0)) * t;
    }
    nlerpInto(result.rotation, before.rotation, after.rotation, 0, t);
    for (let at = 0; at + 3 < result.body.length; at += 4)
      nlerpInto(result.body, before.body, after.body, at, t);
    return result;
  }

  private unwrap(raw: number): number {
    if (this.lastRaw >= 0) {
      if (raw < this.lastRaw - WRAP / 2) this.epoch += WRAP;
      else if (raw > this.lastRaw + WRAP / 2) this.epoch -= WRAP;
    }
    this.lastRaw = raw;
    return raw + this.epoch;
  }
}

/** `ms` brought within ±2^31 by whole turns of the frames' 2^32 ms clock. */
export function wrapSigned(ms: number): number {
  return ((((ms + WRAP / 2) % WRAP) + WRAP) % WRAP) - WRAP / 2;
}

/** The median gap between consecutive frames' times, pauses left out (USUAL_GAP until there is one). */
function medianGap(samples: readonly { at: number }[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const gap = (samples[i]?.at ?? 0) - (samples[i - 1]?.at ?? 0);
    if (gap < PAUSE_MS) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1] ?? USUAL_GAP;
}

/** Normalised linear interpolation of the quaternions at `at` (shortest way round). */
function nlerpInto(
  out: Float32Array,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  at: number,
  t: number,
): void {
  let dot = 0;
  for (let i = 0; i < 4; i++) dot += (a[at + i] ?? 0) * (b[at + i] ?? 0);
  const sign = dot < 0 ? -1 : 1;
  let length = 0;
  for (let i = 0; i < 4; i++) {
    const value = (a[at + i] ?? 0) * (1 - t) + sign * (b[at + i] ?? 0) * t;
    out[at + i] = value;
    length += value * value;
  }
  length = Math.sqrt(length) || 1;
  for (let i = 0; i < 4; i++) out[at + i] = (out[at + i] ?? 0) / length;
}
