// The pose streams of the people in the room, one jitter buffer per slot, filled from the room's pose
// batches and read by the avatars each frame.
import { decodePoseBatch } from '@prostudio/protocol';
import { JitterBuffer } from './jitter-buffer.ts';

/** A frame's age at some point, ms, and its sender's time stamp (wrapping at 2^32), which names it. */
export interface FrameAge {
  time: number;
  age: number;
}

const buffers = new Map<number, JitterBuffer>();
/** The last few frames' age on arrival (ms since the sender saw the pose), per slot. */
const ages = new Map<number, FrameAge[]>();
const AGES_KEPT = 60;

/** Takes in one pose batch from the room; a damaged batch is dropped whole. */
export function receivePoseBatch(bytes: Uint8Array, now = performance.now()): void {
  const batch = decodePoseBatch(bytes);
  if (!batch.ok) return;
  const clock = Date.now() >>> 0;
  for (const { slot, frame } of batch.poses) {
    let buffer = buffers.get(slot);
    if (!buffer) {
      buffer = new JitterBuffer();
      buffers.set(slot, buffer);
    }
    // A repeat (a keepalive carries the sender's last frame, with its time) is not a new arrival.
    if (!buffer.push(frame, now)) continue;
    const seen = ages.get(slot) ?? [];
    // Sender and viewer clocks are both wall clocks: on one machine, or synchronised ones, this is the age.
    keep(seen, { time: frame.time, age: (clock - frame.time) >>> 0 });
    ages.set(slot, seen);
  }
}

/** The buffer of whoever holds `slot`, if they have streamed anything. */
export function remotePose(slot: number): JitterBuffer | undefined {
  return buffers.get(slot);
}

/**
 * How old what we show of `slot` is: the median age of its frames on arrival, plus the playback delay the
 * jitter buffer adds. Ages are only true when the clocks agree (one machine, or NTP-synchronised ones).
 */
export function streamLatency(slot: number): { arrival: number; playback: number } | null {
  const seen = ages.get(slot);
  const buffer = buffers.get(slot);
  if (!seen?.length || !buffer) return null;
  return { arrival: medianOf(seen) ?? 0, playback: buffer.delay };
}

/** The last few frames of `slot` with their ages on arrival: a viewer's half of a frame's journey. */
export function recentArrivals(slot: number): readonly FrameAge[] {
  return ages.get(slot) ?? [];
}

/**
 * Keeps `slot`'s motion in step with their sound, which is playing what they heard `lag` ms ago (null: they
 * are not heard, and motion plays at its own pace).
 */
export function followSound(slot: number, lag: number | null): void {
  buffers.get(slot)?.follow(lag, Date.now() - performance.now());
}

/** The sender's wall-clock time of the pose of `slot` shown now, or null (for checking sound and motion agree). */
export function shownPoseTime(slot: number): number | null {
  return buffers.get(slot)?.shownTime(performance.now()) ?? null;
}

/** Our own captured frames' ages as they leave for the room (camera frame to socket). */
const sentAges: FrameAge[] = [];

/** Notes how old the captured frame stamped `time` is as it is sent, ms. */
export function noteSentAge(time: number, ms: number): void {
  keep(sentAges, { time: time >>> 0, age: ms });
}

/** Our last captured frames with their ages on leaving this page: the performer's half of the journey. */
export function recentSends(): readonly FrameAge[] {
  return sentAges;
}

function keep(list: FrameAge[], entry: FrameAge): void {
  list.push(entry);
  if (list.length > AGES_KEPT) list.shift();
}

function medianOf(list: readonly FrameAge[]): number | null {
  const sorted = list.map((entry) => entry.age).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/** Forgets everyone's streams (on leaving a room, or when a slot changes hands). */
export function forgetPoses(slot?: number): void {
  if (slot === undefined) {
    buffers.clear();
    ages.clear();
  } else {
    buffers.delete(slot);
    ages.delete(slot);
  }
}
