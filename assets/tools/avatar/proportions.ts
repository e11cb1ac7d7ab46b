// Where everything is: the T-pose joint positions and body measures of an avatar, from its build. Model space
// is VRM 1.0's: +Y up, the avatar faces +Z, its left hand is on +X, feet on y = 0. Measures are for a 1.70 m
// figure and scaled uniformly to the avatar's height; the width factors move shoulders, hips and girth.

import type { AvatarBuild } from './avatars.ts';
import { type HumanBoneName } from './skeleton.ts';
import { clamp01, normalize, type Vec3 } from './vec.ts';

/** The head is an ellipsoid whose lower half narrows towards the chin. */
export interface HeadShape {
  centre: Vec3;
  rx: number;
  ry: number;
  rz: number;
}

/** Width factor of the head at height h (-1 at the chin, +1 at the crown): the jaw narrows to 84 %. */
export function jawNarrowing(h: number): number {
  return 1 - 0.16 * clamp01(-h) ** 1.6;
}

/** The point on the head surface (grown outwards by `grow` metres) at polar angle theta from the crown and
 * azimuth phi from the front (+Z) towards the avatar's left (+X). */
export function headPoint(head: HeadShape, theta: number, phi: number, grow = 0): Vec3 {
  const h = Math.cos(theta);
  const w = jawNarrowing(h);
  const r = Math.sin(theta);
  return [
    head.centre[0] + (head.rx * w + grow) * r * Math.sin(phi),
    head.centre[1] + (head.ry + grow) * h,
    head.centre[2] + (head.rz + grow) * r * Math.cos(phi),
  ];
}

/** The z of the front of the head surface at (x, y) (0 past the silhouette). */
export function headFrontZ(head: HeadShape, x: number, y: number): number {
  const h = (y - head.centre[1]) / head.ry;
  const xn = (x - head.centre[0]) / (head.rx * jawNarrowing(h));
  return head.centre[2] + head.rz * Math.sqrt(Math.max(0, 1 - h * h - xn * xn));
}

export interface FingerLayout {
  /** 'Index', 'Middle', 'Ring' or 'Little'. */
  finger: 'Index' | 'Middle' | 'Ring' | 'Little';
  /** Left hand: proximal joint position; the finger runs along +X. */
  base: Vec3;
  lengths: [number, number, number];
  radius: number;
}

export interface ThumbLayout {
  /** Left hand: metacarpal joint position, and the unit direction the thumb points. */
  base: Vec3;
  direction: Vec3;
  lengths: [number, number, number];
  radius: number;
}

export interface Proportions {
  /** Uniform scale from the 1.70 m reference figure. */
  s: number;
  girth: number;
  shoulders: number;
  hips: number;
  joints: Record<HumanBoneName, Vec3>;
  head: HeadShape;
  /** Left eyeball centre and radius (the right one mirrors it). */
  eye: { centre: Vec3; radius: number };
  noseY: number;
  mouthY: number;
  /** Left arm (T-pose along +X): height and x of the shoulder, elbow and wrist joints. */
  arm: { y: number; z: number; shoulderX: number; elbowX: number; wristX: number };
  /** Left leg (along -Y): x, and the heights of the hip, knee and ankle joints. */
  leg: { x: number; hipY: number; kneeY: number; ankleY: number };
  fingers: FingerLayout[];
  thumb: ThumbLayout;
}

export function proportions(build: AvatarBuild): Proportions {
  const s = build.height / 1.7;
  const P = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];

  const ry = 0.113 * build.head;
  const head: HeadShape = {
    centre: P(0, 1.474 + ry, 0.012),
    rx: 0.081 * build.head * s,
    ry: ry * s,
    rz: 0.098 * build.head * s,
  };
  const eyeRadius = 0.0125 * build.head * s;
  const eyeX = 0.031 * build.head * s;
  const eyeY = head.centre[1] + 0.006 * build.head * s;
  const eyeCentre: Vec3 = [eyeX, eyeY, headFrontZ(head, eyeX, eyeY) - 0.0088 * build.head * s];

  const arm = {
    y: 1.4 * s,
    z: -0.005 * s,
    shoulderX: (0.165 + 0.02 * (build.shoulders - 1)) * s,
    elbowX: 0,
    wristX: 0,
  };
  arm.elbowX = arm.shoulderX + 0.27 * s;
  arm.wristX = arm.elbowX + 0.25 * s;
  const leg = { x: 0.088 * build.hips * s, hipY: 0.92 * s, kneeY: 0.5 * s, ankleY: 0.085 * s };

  const hand = (dx: number, dy: number, dz: number): Vec3 => [
    arm.wristX + dx * s,
    arm.y + dy * s,
    arm.z + dz * s,
  ];
  const fingers: FingerLayout[] = (
    [
      { finger: 'Index', base: hand(0.094, -0.002, 0.027), lengths: [0.038, 0.024, 0.022], radius: 0.0088 },
      { finger: 'Middle', base: hand(0.097, -0.002, 0.009), lengths: [0.042, 0.027, 0.024], radius: 0.009 },
      { finger: 'Ring', base: hand(0.094, -0.002, -0.009), lengths: [0.039, 0.025, 0.023], radius: 0.0085 },
      { finger: 'Little', base: hand(0.087, -0.002, -0.027), lengths: [0.031, 0.02, 0.019], radius: 0.0076 },
    ] as const
  ).map((f) => ({
    ...f,
    lengths: f.lengths.map((l) => l * s) as [number, number, number],
    radius: f.radius * s * build.girth,
  }));
  const thumb: ThumbLayout = {
    base: hand(0.02, -0.006, 0.022),
    direction: normalize([0.8, -0.25, 0.55]),
    lengths: [0.04 * s, 0.032 * s, 0.028 * s],
    radius: 0.0108 * s * build.girth,
  };

  const joints = {
    hips: P(0, 0.95, 0),
    spine: P(0, 1.03, 0),
    chest: P(0, 1.16, 0),
    upperChest: P(0, 1.28, 0),
    neck: P(0, 1.44, -0.008),
    head: P(0, 1.545, 0),
    leftEye: eyeCentre,
    leftShoulder: [0.035 * s, arm.y, arm.z],
    leftUpperArm: [arm.shoulderX, arm.y, arm.z],
    leftLowerArm: [arm.elbowX, arm.y, arm.z],
    leftHand: [arm.wristX, arm.y, arm.z],
    leftUpperLeg: [leg.x, leg.hipY, 0],
    leftLowerLeg: [leg.x, leg.kneeY, 0],
    leftFoot: [leg.x, leg.ankleY, -0.01 * s],
    leftToes: [leg.x, 0.018 * s, 0.115 * s],
  } as Record<HumanBoneName, Vec3>;
  for (const f of fingers) {
    const [x, y, z] = f.base;
    joints[`left${f.finger}Proximal`] = [x, y, z];
    joints[`left${f.finger}Intermediate`] = [x + f.lengths[0], y, z];
    joints[`left${f.finger}Distal`] = [x + f.lengths[0] + f.lengths[1], y, z];
  }
  const along = (t: number): Vec3 => [
    thumb.base[0] + thumb.direction[0] * t,
    thumb.base[1] + thumb.direction[1] * t,
    thumb.base[2] + thumb.direction[2] * t,
  ];
  joints.leftThumbMetacarpal = along(0);
  joints.leftThumbProximal = along(thumb.lengths[0]);
  joints.leftThumbDistal = along(thumb.lengths[0] + thumb.lengths[1]);
  for (const name of Object.keys(joints) as HumanBoneName[]) {
    if (name.startsWith('left')) {
      const [x, y, z] = joints[name];
      joints[`right${name.slice(4)}` as HumanBoneName] = [-x, y, z];
    }
  }

  return {
    s,
    girth: build.girth,
    shoulders: build.shoulders,
    hips: build.hips,
    joints,
    head,
    eye: { centre: eyeCentre, radius: eyeRadius },
    noseY: eyeY - 0.036 * build.head * s,
    mouthY: eyeY - 0.062 * build.head * s,
    arm,
    leg,
    fingers,
    thumb,
  };
}
