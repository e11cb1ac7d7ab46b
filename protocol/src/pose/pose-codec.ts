// The pose stream's wire format, version 1 (docs/protocol.md has the byte layout). One frame is one
// person's full humanoid pose at one instant; the decoder checks everything and never throws.
import { BODY_BONES, FACE_EXPRESSIONS, HAND_BONES } from './humanoid.ts';
import { type Precision, readRotation, ROTATION_BYTES, writeRotation } from './quaternion-packing.ts';

export const POSE_CODEC_VERSION = 1;

const FLAG_HANDS = 0b0000_0001;
const FLAG_FACE = 0b0000_0010;
const PRECISION_SHIFT = 2;
const PRECISION_MASK = 0b0000_1100;
const KNOWN_FLAGS = FLAG_HANDS | FLAG_FACE | PRECISION_MASK;

const HEADER_BYTES = 8; // version u8, flags u8, sequence u16, time u32
const POSITION_BYTES = 6; // x, y, z as int16 millimetres
/** The farthest a root position may be from the room's origin, in metres (int16 millimetres). */
export const MAX_COORDINATE = 32.767;

/** One person's pose at one instant. Rotations are quaternions (x, y, z, w), local to each bone's parent. */
export interface PoseFrame {
  /** Counts up by one per frame from a sender, wrapping at 65536. */
  sequence: number;
  /** The sender's clock in milliseconds, wrapping at 2^32. */
  time: number;
  /** Root (hips) position in the room, metres. */
  position: [number, number, number];
  /** Root orientation in the room. */
  rotation: Float32Array;
  /** BODY_BONES.length rotations, 4 numbers each. */
  body: Float32Array;
  /** HAND_BONES.length rotations, 4 numbers each, when hands are tracked. */
  hands: Float32Array | null;
  /** FACE_EXPRESSIONS.length weights in 0..1, when the face is tracked. */
  face: Float32Array | null;
}

export type DecodeResult =
  { ok: true; frame: PoseFrame; precision: Precision } | { ok: false; error: string };

/** The encoded size of a frame with these parts, at this precision. */
export function frameSize(hands: boolean, face: boolean, precision: Precision): number {
  const rotation = ROTATION_BYTES[precision];
  return (
    HEADER_BYTES +
    POSITION_BYTES +
    rotation * (1 + BODY_BONES.length + (hands ? HAND_BONES.length : 0)) +
    (face ? FACE_EXPRESSIONS.length : 0)
  );
}

/** An identity pose (everything at rest) standing at `position`: a starting point for senders and tests. */
export function restPose(position: [number, number, number] = [0, 0, 0]): PoseFrame {
  const rest = (count: number) => {
    const q = new Float32Array(count * 4);
    for (let i = 3; i < q.length; i += 4) q[i] = 1;
    return q;
  };
  return {
    sequence: 0,
    time: 0,
    position,
    rotation: rest(1),
    body: rest(BODY_BONES.length),
    hands: null,
    face: null,
  };
}

const toMillimetres = (metres: number) =>
  Math.round(
    Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, Number.isFinite(metres) ? metres : 0)) * 1000,
  );

/** Encodes a frame at the given precision (PRECISION.normal unless said). */
export function encodePose(frame: PoseFrame, precision: Precision = 1): Uint8Array {
  const hands = frame.hands !== null;
  const face = frame.face !== null;
  const bytes = new Uint8Array(frameSize(hands, face, precision));
  const view = new DataView(bytes.buffer);
  view.setUint8(0, POSE_CODEC_VERSION);
  view.setUint8(1, (hands ? FLAG_HANDS : 0) | (face ? FLAG_FACE : 0) | (precision << PRECISION_SHIFT));
  view.setUint16(2, frame.sequence & 0xffff, true);
  view.setUint32(4, frame.time >>> 0, true);
  let at = HEADER_BYTES;
  for (const coordinate of frame.position) {
    view.setInt16(at, toMillimetres(coordinate), true);
    at += 2;
  }
  at += writeRotation(view, at, frame.rotation, 0, precision);
  for (let bone = 0; bone < BODY_BONES.length; bone++)
    at += writeRotation(view, at, frame.body, bone * 4, precision);
  if (frame.hands) {
    for (let bone = 0; bone < HAND_BONES.length; bone++)
      at += writeRotation(view, at, frame.hands, bone * 4, precision);
  }
  if (frame.face) {
    for (let i = 0; i < FACE_EXPRESSIONS.length; i++) {
      const weight = frame.face[i] ?? 0;
      view.setUint8(at++, Math.round(Math.min(1, Math.max(0, Number.isFinite(weight) ? weight : 0)) * 255));
    }
  }
  return bytes;
}

/** Decodes a frame. Any buffer is safe to pass: wrong versions, flags or lengths come back as an error. */
export function decodePose(input: Uint8Array): DecodeResult {
  if (input.byteLength < HEADER_BYTES)
    return { ok: false, error: `frame too short (${input.byteLength} bytes)` };
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const version = view.getUint8(0);
  if (version !== POSE_CODEC_VERSION)
    return { ok: false, error: `unsupported pose codec version ${version}` };
  const flags = view.getUint8(1);
  if ((flags & ~KNOWN_FLAGS) !== 0) return { ok: false, error: `unknown flags 0x${flags.toString(16)}` };
  const precision = ((flags & PRECISION_MASK) >> PRECISION_SHIFT) as number;
  if (precision > 2) return { ok: false, error: `unknown precision ${precision}` };
  const p = precision as Precision;
  const hands = (flags & FLAG_HANDS) !== 0;
  const face = (flags & FLAG_FACE) !== 0;
  const expected = frameSize(hands, face, p);
  if (input.byteLength !== expected) {
    return { ok: false, error: `frame is ${input.byteLength} bytes; its flags say ${expected}` };
  }
  const frame: PoseFrame = {
    sequence: view.getUint16(2, true),
    time: view.getUint32(4, true),
    position: [view.getInt16(8, true) / 1000, view.getInt16(10, true) / 1000, view.getInt16(12, true) / 1000],
    rotation: new Float32Array(4),
    body: new Float32Array(BODY_BONES.length * 4),
    hands: hands ? new Float32Array(HAND_BONES.length * 4) : null,
    face: face ? new Float32Array(FACE_EXPRESSIONS.length) : null,
  };
  const step = ROTATION_BYTES[p];
  let at = HEADER_BYTES + POSITION_BYTES;
  readRotation(view, at, frame.rotation, 0, p);
  at += step;
  for (let bone = 0; bone < BODY_BONES.length; bone++, at += step)
    readRotation(view, at, frame.body, bone * 4, p);
  if (frame.hands) {
    for (let bone = 0; bone < HAND_BONES.length; bone++, at += step)
      readRotation(view, at, frame.hands, bone * 4, p);
  }
  if (frame.face) for (let i = 0; i < FACE_EXPRESSIONS.length; i++) frame.face[i] = view.getUint8(at++) / 255;
  return { ok: true, frame, precision: p };
}

/** Replaces a frame's root position in place (the int16 millimetres at byte 8). */
export function setRootPosition(frame: Uint8Array, x: number, y: number, z: number): void {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  view.setInt16(8, toMillimetres(x), true);
  view.setInt16(10, toMillimetres(y), true);
  view.setInt16(12, toMillimetres(z), true);
}
