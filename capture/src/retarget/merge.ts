// A performer in a headset who also has a camera on: the headset knows the head and hands best, the
// camera the legs and the face. One body from both.
import { BODY_BONES, type BodyBone } from '@prostudio/protocol';

const LEGS: readonly BodyBone[] = BODY_BONES.filter((bone) => /Leg|Foot|Toes/.test(bone));

export interface BodyParts {
  /** When the body was seen (ms since the epoch): a camera frame's grab, a headset's frame. */
  time?: number;
  body: Float32Array;
  hands: Float32Array | null;
  face: Float32Array | null;
  hipsHeight: number;
}

/** The headset's body with the camera's legs and face (the camera's fingers too, when it sees them). */
export function headsetWithCamera(headset: BodyParts, camera: BodyParts): BodyParts {
  const body = headset.body.slice();
  for (const bone of LEGS) {
    const at = BODY_BONES.indexOf(bone) * 4;
    body.set(camera.body.subarray(at, at + 4), at);
  }
  return {
    body,
    hands: camera.hands ?? headset.hands,
    face: camera.face ?? headset.face,
    hipsHeight: headset.hipsHeight,
  };
}
