// The pose streams of the people in the room, one jitter buffer per slot, filled from the room's pose
// batches and read by the avatars each frame.
import { decodePoseBatch } from '@prostudio/world-server/pose';
import { JitterBuffer } from './jitter-buffer.ts';

const buffers = new Map<number, JitterBuffer>();

/** Takes in one pose batch from the room; a damaged batch is dropped whole. */
export function receivePoseBatch(bytes: Uint8Array, now = performance.now()): void {
  const batch = decodePoseBatch(bytes);
  if (!batch.ok) return;
  for (const { slot, frame } of batch.poses) {
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

/** Forgets everyone's streams (on leaving a room, or when a slot changes hands). */
export function forgetPoses(slot?: number): void {
  if (slot === undefined) buffers.clear();
  else buffers.delete(slot);
}
