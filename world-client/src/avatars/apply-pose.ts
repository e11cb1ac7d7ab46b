// Puts a pose from the stream onto a VRM: body and finger rotations onto the normalised humanoid bones
// (the codec's rotations are exactly those), face weights onto the expressions.
import type { VRM, VRMHumanBoneName } from '@pixiv/three-vrm';
import { BODY_BONES, FACE_EXPRESSIONS, HAND_BONES } from '@prostudio/protocol';
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

/** Sitting: the thighs forward, the shins down (added to standing at ease). */
const SEATED: Readonly<Partial<Record<VRMHumanBoneName, readonly [number, number, number, number]>>> = {
  leftUpperLeg: [-Math.SQRT1_2, 0, 0, Math.SQRT1_2],
  rightUpperLeg: [-Math.SQRT1_2, 0, 0, Math.SQRT1_2],
  leftLowerLeg: [Math.SQRT1_2, 0, 0, Math.SQRT1_2],
  rightLowerLeg: [Math.SQRT1_2, 0, 0, Math.SQRT1_2],
};

/** How high the hips are, sitting on a seat (metres above the floor). */
export const SEATED_HIPS = 0.55;

/** Whether every bone of a streamed body is at rest (someone walking, not captured). */
function atRest(body: Float32Array): boolean {
  for (let i = 3; i < body.length; i += 4) if (Math.abs(body[i]!) < 0.99999) return false;
  return true;
}

/** Whether `pose` carries a body (captured, or a headset's), rather than someone just walking. */
export function hasBody(pose: Playback | undefined): pose is Playback {
  return pose !== undefined && !atRest(pose.body);
}

/**
 * Puts the pose on the avatar, or, when there is none (or only a rest pose), stands it at ease, or sits
 * it when `seated`.
 */
export function applyPlayback(vrm: VRM, pose: Playback | undefined, seated = false): void {
  if (!hasBody(pose)) {
    vrm.humanoid.resetNormalizedPose();
    for (const [bone, q] of Object.entries(seated ? { ...AT_EASE, ...SEATED } : AT_EASE)) {
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
