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

/** Standing at ease: the arms down by the sides (a rest pose is a T-pose, which nobody stands in). */
const AT_EASE: Readonly<Partial<Record<VRMHumanBoneName, readonly [number, number, number, number]>>> = {
  leftUpperArm: [0, 0, -Math.sin(0.6), Math.cos(0.6)],
  rightUpperArm: [0, 0, Math.sin(0.6), Math.cos(0.6)],
  leftLowerArm: [0, -Math.sin(0.08), 0, Math.cos(0.08)],
  rightLowerArm: [0, Math.sin(0.08), 0, Math.cos(0.08)],
};

/** Whether every bone of a streamed body is at rest (someone walking, not captured). */
function atRest(body: Float32Array): boolean {
  for (let i = 3; i < body.length; i += 4) if (Math.abs(body[i]!) < 0.99999) return false;
  return true;
}

/** Puts the pose on the avatar, or stands it at ease when there is none (or only a rest pose). */
export function applyPlayback(vrm: VRM, pose: Playback | undefined): void {
  if (!pose || atRest(pose.body)) {
    vrm.humanoid.resetNormalizedPose();
    for (const [bone, q] of Object.entries(AT_EASE)) {
      vrm.humanoid.getNormalizedBoneNode(bone as VRMHumanBoneName)?.quaternion.fromArray(q);
    }
    return;
  }
  applyRotations(vrm, BODY_BONES, pose.body);
  if (pose.hands) applyRotations(vrm, HAND_BONES, pose.hands);
  const expressions = vrm.expressionManager;
  if (expressions) {
    FACE_EXPRESSIONS.forEach((name, i) => {
      if (expressions.getExpression(name)) expressions.setValue(name, pose.face?.[i] ?? 0);
    });
  }
}
