// Known poses for measuring retargeting: each is a set of local bone rotations on the humanoid, covering
// arms, legs, torso twist and a crouch. The accuracy bench renders the avatar in them and compares what
// the pipeline recovers; unit tests feed their exact landmarks through the retargeter.
import type { BodyBone } from '@prostudio/protocol';
import { Euler, Quaternion } from 'three';

/**
 * Degrees about X, Y, Z per bone, applied in that order (a roll about an arm's own axis first, then its
 * swings); unlisted bones rest. Elbows and knees bend only about their hinge, as real ones do.
 */
type PoseSpec = Partial<Record<BodyBone, readonly [number, number, number]>>;

const RAD = Math.PI / 180;
const ARMS_DOWN: PoseSpec = { leftUpperArm: [0, 0, -70], rightUpperArm: [0, 0, 70] };

const SPECS: Readonly<Record<string, PoseSpec>> = {
  'arms down': ARMS_DOWN,
  'right hand waving': {
    leftUpperArm: [0, 0, -70],
    rightUpperArm: [-90, 0, -20],
    rightLowerArm: [0, 80, 0],
  },
  'elbows bent forward': {
    leftUpperArm: [0, 0, -60],
    leftLowerArm: [0, -90, 0],
    rightUpperArm: [0, 0, 60],
    rightLowerArm: [0, 90, 0],
  },
  'reaching forward': { leftUpperArm: [0, -80, 0], rightUpperArm: [0, 80, 0] },
  'torso twist': {
    ...ARMS_DOWN,
    spine: [0, 10, 0],
    chest: [0, 8, 0],
    upperChest: [0, 7, 0],
  },
  'head turned and tilted': { ...ARMS_DOWN, neck: [0, 10, 0], head: [-10, 20, 8] },
  'knee lifted': { ...ARMS_DOWN, leftUpperLeg: [-80, 0, 0], leftLowerLeg: [90, 0, 0] },
  'leg to the side': { ...ARMS_DOWN, rightUpperLeg: [0, 0, -30], leftUpperLeg: [0, 0, 5] },
  crouch: {
    leftUpperArm: [0, -70, 0],
    rightUpperArm: [0, 70, 0],
    hips: [20, 0, 0],
    leftUpperLeg: [-85, 0, 5],
    leftLowerLeg: [110, 0, 0],
    rightUpperLeg: [-85, 0, -5],
    rightLowerLeg: [110, 0, 0],
    leftFoot: [-20, 0, 0],
    rightFoot: [-20, 0, 0],
  },
  'arms out': { leftUpperArm: [0, 0, -5], rightUpperArm: [0, 0, 5] },
  'arms up': { leftUpperArm: [0, 0, 55], rightUpperArm: [0, 0, -55] },
  'boxing guard': {
    leftUpperArm: [0, -35, -60],
    leftLowerArm: [0, -120, 0],
    rightUpperArm: [0, 35, 60],
    rightLowerArm: [0, 120, 0],
  },
  lunge: {
    ...ARMS_DOWN,
    leftUpperLeg: [-45, 0, 0],
    leftLowerLeg: [50, 0, 0],
    rightUpperLeg: [15, 0, 0],
    rightLowerLeg: [20, 0, 0],
  },
};

export interface KnownPose {
  name: string;
  rotations: Map<BodyBone, Quaternion>;
}

function toRotations(spec: PoseSpec): Map<BodyBone, Quaternion> {
  const rotations = new Map<BodyBone, Quaternion>();
  for (const [bone, [x, y, z]] of Object.entries(spec) as [BodyBone, readonly number[]][]) {
    rotations.set(bone, new Quaternion().setFromEuler(new Euler(x! * RAD, y! * RAD, z! * RAD, 'ZYX')));
  }
  return rotations;
}

export const KNOWN_POSES: readonly KnownPose[] = Object.entries(SPECS).map(([name, spec]) => ({
  name,
  rotations: toRotations(spec),
}));

/** The joints the accuracy bar is about, by group. */
export const JOINT_GROUPS: Readonly<Record<string, readonly BodyBone[]>> = {
  'upper arms': ['leftUpperArm', 'rightUpperArm'],
  'lower arms': ['leftLowerArm', 'rightLowerArm'],
  'upper legs': ['leftUpperLeg', 'rightUpperLeg'],
  'lower legs': ['leftLowerLeg', 'rightLowerLeg'],
  torso: ['hips', 'spine', 'chest', 'upperChest'],
  head: ['neck', 'head'],
};
