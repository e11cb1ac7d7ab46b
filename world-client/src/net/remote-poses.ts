// The pose streams of the people in the room, one jitter buffer per slot, filled from the room's pose
// batches and read by the avatars each frame.
import { decodePoseBatch } from '@prostudio/world-server/pose';
import { JitterBuffer } from './jitter-buffer.ts';

const buffers = new Map<number, JitterBuffer>();
/** The last few frames' age on arrival (ms since the sender saw the pose), per slot. */
const ages = new Map<number, number[]>();
const AGES_KEPT = 60;

/** Takes in one pose batch from the room; a damaged batch is dropped whole. */
export function receivePoseBatch(bytes: Uint8Array, now = performance.now()): void {
  const batch = decodePoseBatch(bytes);
  if (!batch.ok) return;
  const clock = Date.now() >>> 0;
  for (const { slot, frame } of batch.poses) {
    const seen = ages.get(slot) ?? [];
    // Sender and viewer clocks are both wall clocks: on one machine, or synchronised ones, this is the age.
    keep(seen, (clock - frame.time) >>> 0);
    ages.set(slot, seen);
    let buffer = buffers.get(slot);
    if (!buffer) {
      buffer = new JitterBuffer();
      buffers.set(slot, buffer);
    }
    buffer.push(frame, now);
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

/** Our own captured frames' ages as they leave for the room (camera frame to socket), ms. */
const sentAges: number[] = [];

/** Notes how old a captured frame is as it is sent, ms. */
export function noteSentAge(ms: number): void {
  keep(sentAges, ms);
}

/** The median age of our last captured frames on leaving this page, ms, or null before any. */
export function sentAge(): number | null {
  return medianOf(sentAges);
}

function keep(list: number[], age: number): void {
  list.push(age);
  if (list.length > AGES_KEPT) list.shift();
}

function medianOf(list: readonly number[]): number | null {
  const sorted = [...list].sort((a, b) => a - b);
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
