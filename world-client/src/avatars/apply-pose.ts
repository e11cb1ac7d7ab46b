// Puts a pose from the stream onto a VRM: body and finger rotations onto the normalised humanoid bones
// (the codec's rotations are exactly those), face weights onto the expressions.
import type { VRM, VRMHumanBoneName } from '@pixiv/three-vrm';
import { BODY_BONES, FACE_EXPRESSIONS, HAND_BONES } from '@prostudio/world-server/pose';
import type { Playback } from '../net/jitter-buffer.ts';

function applyRotations(vrm: VRM, bones: readonly string[], rotations: Float32Array): void {
  bones.forEach((bone, i) => {
    vrm.humanoid.getNormalizedBoneNode(bone as VRMHumanBoneName)?.quaternion.fromArray(rotations, i * 4);
  });
}

export function applyPlayback(vrm: VRM, pose: Playback): void {
  applyRotations(vrm, BODY_BONES, pose.body);
  if (pose.hands) applyRotations(vrm, HAND_BONES, pose.hands);
  const expressions = vrm.expressionManager;
  if (expressions) {
    FACE_EXPRESSIONS.forEach((name, i) => {
      if (expressions.getExpression(name)) expressions.setValue(name, pose.face?.[i] ?? 0);
    });
  }
}
