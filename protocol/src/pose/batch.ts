// What a room sends each client per tick: the poses chosen for it, each prefixed with the sender's slot.
// Layout: repeated [slot u16][pose frame]; a frame's length follows from its own flags byte.
import { decodePose, frameSize, type PoseFrame } from './pose-codec.ts';
import type { Precision } from './quaternion-packing.ts';

/** Byte length of the frame starting at `offset` (from its flags), or -1 if there is no sane frame there. */
export function frameLengthAt(bytes: Uint8Array, offset: number): number {
  if (offset + 2 > bytes.byteLength) return -1;
  const flags = bytes[offset + 1] ?? 0xff;
  const precision = (flags >> 2) & 0b11;
  if ((flags & 0xf0) !== 0 || precision > 2) return -1;
  return frameSize((flags & 1) !== 0, (flags & 2) !== 0, precision as Precision);
}

/** Joins (slot, frame bytes) pairs into one batch. */
export function encodePoseBatch(entries: ReadonlyArray<{ slot: number; bytes: Uint8Array }>): Uint8Array {
  let length = 0;
  for (const entry of entries) length += 2 + entry.bytes.byteLength;
  const batch = new Uint8Array(length);
  let at = 0;
  for (const { slot, bytes } of entries) {
    batch[at] = slot & 0xff;
    batch[at + 1] = (slot >> 8) & 0xff;
    batch.set(bytes, at + 2);
    at += 2 + bytes.byteLength;
  }
  return batch;
}

export type BatchResult =
  { ok: true; poses: Array<{ slot: number; frame: PoseFrame }> } | { ok: false; error: string };

/** Splits and decodes a batch; a damaged batch is refused whole, never thrown. */
export function decodePoseBatch(batch: Uint8Array): BatchResult {
  const poses: Array<{ slot: number; frame: PoseFrame }> = [];
  let at = 0;
  while (at < batch.byteLength) {
    if (at + 2 > batch.byteLength) return { ok: false, error: `batch cut inside a slot at byte ${at}` };
    const slot = (batch[at] ?? 0) | ((batch[at + 1] ?? 0) << 8);
    const length = frameLengthAt(batch, at + 2);
    if (length < 0 || at + 2 + length > batch.byteLength)
      return { ok: false, error: `batch cut at byte ${at}` };
    const result = decodePose(batch.subarray(at + 2, at + 2 + length));
    if (!result.ok) return { ok: false, error: `slot ${slot}: ${result.error}` };
    poses.push({ slot, frame: result.frame });
    at += 2 + length;
  }
  return { ok: true, poses };
}
