// The avatar skeleton: the VRM 1.0 humanoid bone names, their hierarchy, and the three.js bones built from a set
// of T-pose joint positions. Every bone's rest rotation is identity, so VRM's normalized bones equal the raw ones.

import { Bone, Skeleton } from 'three';

import type { Vec3 } from './vec.ts';

/** The humanoid bones every avatar has, parents before children (VRM 1.0 names). `jaw` is left out. */
export const HUMAN_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftEye',
  'rightEye',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'leftToes',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'rightToes',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
  'leftThumbMetacarpal',
  'leftThumbProximal',
  'leftThumbDistal',
  'leftIndexProximal',
  'leftIndexIntermediate',
  'leftIndexDistal',
  'leftMiddleProximal',
  'leftMiddleIntermediate',
  'leftMiddleDistal',
  'leftRingProximal',
  'leftRingIntermediate',
  'leftRingDistal',
  'leftLittleProximal',
  'leftLittleIntermediate',
  'leftLittleDistal',
  'rightThumbMetacarpal',
  'rightThumbProximal',
  'rightThumbDistal',
  'rightIndexProximal',
  'rightIndexIntermediate',
  'rightIndexDistal',
  'rightMiddleProximal',
  'rightMiddleIntermediate',
  'rightMiddleDistal',
  'rightRingProximal',
  'rightRingIntermediate',
  'rightRingDistal',
  'rightLittleProximal',
  'rightLittleIntermediate',
  'rightLittleDistal',
] as const;

export type HumanBoneName = (typeof HUMAN_BONES)[number];

/** The same bone on the other side of the body (`leftHand` ↔ `rightHand`); unsided bones map to themselves. */
export function mirrorBoneName(name: HumanBoneName): HumanBoneName {
  if (name.startsWith('left')) return `right${name.slice(4)}` as HumanBoneName;
  if (name.startsWith('right')) return `left${name.slice(5)}` as HumanBoneName;
  return name;
}

const FINGER_CHAINS = [
  ['ThumbMetacarpal', 'ThumbProximal', 'ThumbDistal'],
  ['IndexProximal', 'IndexIntermediate', 'IndexDistal'],
  ['MiddleProximal', 'MiddleIntermediate', 'MiddleDistal'],
  ['RingProximal', 'RingIntermediate', 'RingDistal'],
  ['LittleProximal', 'LittleIntermediate', 'LittleDistal'],
] as const;

function leftParents(): Partial<Record<HumanBoneName, HumanBoneName>> {
  const parents: Partial<Record<HumanBoneName, HumanBoneName>> = {
    leftEye: 'head',
    leftUpperLeg: 'hips',
    leftLowerLeg: 'leftUpperLeg',
    leftFoot: 'leftLowerLeg',
    leftToes: 'leftFoot',
    leftShoulder: 'upperChest',
    leftUpperArm: 'leftShoulder',
    leftLowerArm: 'leftUpperArm',
    leftHand: 'leftLowerArm',
  };
  for (const chain of FINGER_CHAINS) {
    let parent: HumanBoneName = 'leftHand';
    for (const part of chain) {
      const name = `left${part}` as HumanBoneName;
      parents[name] = parent;
      parent = name;
    }
  }
  return parents;
}

/** Each bone's parent; `hips` is the root. */
export const BONE_PARENT: Readonly<Record<Exclude<HumanBoneName, 'hips'>, HumanBoneName>> = (() => {
  const parents: Partial<Record<HumanBoneName, HumanBoneName>> = {
    spine: 'hips',
    chest: 'spine',
    upperChest: 'chest',
    neck: 'upperChest',
    head: 'neck',
  };
  for (const [child, parent] of Object.entries(leftParents()) as [HumanBoneName, HumanBoneName][]) {
    parents[child] = parent;
    parents[mirrorBoneName(child)] = mirrorBoneName(parent);
  }
  return parents as Record<Exclude<HumanBoneName, 'hips'>, HumanBoneName>;
})();

export interface Rig {
  skeleton: Skeleton;
  /** The root bone (`hips`); add it to the scene. */
  root: Bone;
  bones: Readonly<Record<HumanBoneName, Bone>>;
  /** Index of each bone in `skeleton.bones` (the skin's joint index). */
  index: Readonly<Record<HumanBoneName, number>>;
}

/**
 * Builds the bone hierarchy with each bone at its T-pose position (`joints`, model space) and no rotation.
 * The bones' world matrices are updated and the skeleton's inverse bind matrices computed from this pose.
 */
export function buildRig(joints: Readonly<Record<HumanBoneName, Vec3>>): Rig {
  const bones = {} as Record<HumanBoneName, Bone>;
  const index = {} as Record<HumanBoneName, number>;
  HUMAN_BONES.forEach((name, i) => {
    const bone = new Bone();
    bone.name = name;
    const [x, y, z] = joints[name];
    if (name === 'hips') {
      bone.position.set(x, y, z);
    } else {
      const parentName = BONE_PARENT[name];
      const [px, py, pz] = joints[parentName];
      bone.position.set(x - px, y - py, z - pz);
      bones[parentName].add(bone);
    }
    bones[name] = bone;
    index[name] = i;
  });
  const root = bones.hips;
  root.updateMatrixWorld(true);
  const skeleton = new Skeleton(HUMAN_BONES.map((name) => bones[name]));
  return { skeleton, root, bones, index };
}
