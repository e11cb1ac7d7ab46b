// What retargeting needs to know about an avatar: where its humanoid bones stand at rest (a T-pose with
// identity rotations, as VRM's normalised bones are), from which each bone's resting direction follows.
// Reading directions off the rig, rather than assuming them, is what lets one retargeter drive any VRM.
import { BODY_BONES, type BodyBone } from '@prostudio/protocol';
import { Vector3 } from 'three';

export type Vec3Tuple = readonly [number, number, number];

/** Rest positions of the body bones in the avatar's space (metres, facing +Z, +Y up, left at +X). */
export type RigRest = Readonly<Record<BodyBone, Vec3Tuple>>;

/** The bone whose head each bone points at, for the bones with one clear child. */
const CHILD: Partial<Record<BodyBone, BodyBone>> = {
  hips: 'spine',
  spine: 'chest',
  chest: 'upperChest',
  upperChest: 'neck',
  neck: 'head',
  leftShoulder: 'leftUpperArm',
  leftUpperArm: 'leftLowerArm',
  leftLowerArm: 'leftHand',
  rightShoulder: 'rightUpperArm',
  rightUpperArm: 'rightLowerArm',
  rightLowerArm: 'rightHand',
  leftUpperLeg: 'leftLowerLeg',
  leftLowerLeg: 'leftFoot',
  leftFoot: 'leftToes',
  rightUpperLeg: 'rightLowerLeg',
  rightLowerLeg: 'rightFoot',
  rightFoot: 'rightToes',
};

/** Each body bone's parent in the humanoid hierarchy (hips has none). */
export const PARENT: Readonly<Record<BodyBone, BodyBone | null>> = {
  hips: null,
  spine: 'hips',
  chest: 'spine',
  upperChest: 'chest',
  neck: 'upperChest',
  head: 'neck',
  leftShoulder: 'upperChest',
  leftUpperArm: 'leftShoulder',
  leftLowerArm: 'leftUpperArm',
  leftHand: 'leftLowerArm',
  rightShoulder: 'upperChest',
  rightUpperArm: 'rightShoulder',
  rightLowerArm: 'rightUpperArm',
  rightHand: 'rightLowerArm',
  leftUpperLeg: 'hips',
  leftLowerLeg: 'leftUpperLeg',
  leftFoot: 'leftLowerLeg',
  leftToes: 'leftFoot',
  rightUpperLeg: 'hips',
  rightLowerLeg: 'rightUpperLeg',
  rightFoot: 'rightLowerLeg',
  rightToes: 'rightFoot',
};

/** Resting directions (unit, avatar space) of the bones that point at a child. */
export function restDirections(rig: RigRest): Partial<Record<BodyBone, Vector3>> {
  const directions: Partial<Record<BodyBone, Vector3>> = {};
  for (const bone of BODY_BONES) {
    const child = CHILD[bone];
    if (!child) continue;
    const direction = new Vector3(...rig[child]).sub(new Vector3(...rig[bone]));
    if (direction.lengthSq() > 1e-8) directions[bone] = direction.normalize();
  }
  return directions;
}

/** A plain humanoid 1.7 m tall: the rig used when none is given, and in tests. */
export const STANDARD_RIG: RigRest = {
  hips: [0, 0.95, 0],
  spine: [0, 1.05, 0],
  chest: [0, 1.2, 0],
  upperChest: [0, 1.33, 0],
  neck: [0, 1.45, 0],
  head: [0, 1.53, 0],
  leftShoulder: [0.03, 1.4, 0],
  leftUpperArm: [0.17, 1.4, 0],
  leftLowerArm: [0.45, 1.4, 0],
  leftHand: [0.71, 1.4, 0],
  rightShoulder: [-0.03, 1.4, 0],
  rightUpperArm: [-0.17, 1.4, 0],
  rightLowerArm: [-0.45, 1.4, 0],
  rightHand: [-0.71, 1.4, 0],
  leftUpperLeg: [0.09, 0.9, 0],
  leftLowerLeg: [0.09, 0.5, 0],
  leftFoot: [0.09, 0.08, 0],
  leftToes: [0.09, 0.02, 0.14],
  rightUpperLeg: [-0.09, 0.9, 0],
  rightLowerLeg: [-0.09, 0.5, 0],
  rightFoot: [-0.09, 0.08, 0],
  rightToes: [-0.09, 0.02, 0.14],
};
