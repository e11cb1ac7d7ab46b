// The 33 MediaPipe world landmarks a rig in a given pose would show: where each landmark sits on the
// body, placed by forward kinematics, in MediaPipe's world space (hips origin, y down, z away). The
// headset body starts from them; tests use them to check retargeting exactly, apart from any detector.
import type { BodyBone } from '@prostudio/protocol';
import { Quaternion, Vector3 } from 'three';
import { POSE } from '../pose/landmarks.ts';
import { type BonePlacement, forwardKinematics } from './forward.ts';
import type { RigRest } from './rig.ts';

export interface WorldLandmark {
  x: number;
  y: number;
  z: number;
  visibility: number;
}

export function landmarksOfPose(
  rig: RigRest,
  rotations: ReadonlyMap<BodyBone, Quaternion>,
  root: Quaternion = new Quaternion(),
): WorldLandmark[] {
  const placed = forwardKinematics(rig, rotations, root);
  const on = (bone: BodyBone, offset: readonly [number, number, number] = [0, 0, 0]): Vector3 => {
    const { position, rotation } = placed.get(bone) as BonePlacement;
    return new Vector3(...offset).applyQuaternion(rotation).add(position);
  };
  const toes = (side: 'left' | 'right') => {
    // The toe tip lies on past the toe joint along the foot's resting direction.
    const foot = new Vector3(...rig[`${side}Foot`]);
    const along = new Vector3(...rig[`${side}Toes`]).sub(foot).multiplyScalar(0.4);
    return on(`${side}Toes`, [along.x, along.y, along.z]);
  };
  const points: Vector3[] = [];
  const set = (index: number, point: Vector3) => (points[index] = point);
  set(POSE.nose, on('head', [0, 0.05, 0.1]));
  set(POSE.leftEyeInner, on('head', [0.015, 0.08, 0.09]));
  set(POSE.leftEye, on('head', [0.03, 0.08, 0.09]));
  set(POSE.leftEyeOuter, on('head', [0.045, 0.08, 0.085]));
  set(POSE.rightEyeInner, on('head', [-0.015, 0.08, 0.09]));
  set(POSE.rightEye, on('head', [-0.03, 0.08, 0.09]));
  set(POSE.rightEyeOuter, on('head', [-0.045, 0.08, 0.085]));
  set(POSE.leftEar, on('head', [0.075, 0.08, -0.01]));
  set(POSE.rightEar, on('head', [-0.075, 0.08, -0.01]));
  set(POSE.mouthLeft, on('head', [0.025, 0.02, 0.09]));
  set(POSE.mouthRight, on('head', [-0.025, 0.02, 0.09]));
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1;
    const L = <K extends string>(name: K) => POSE[`${side}${name}` as keyof typeof POSE];
    set(L('Shoulder'), on(`${side}UpperArm`));
    set(L('Elbow'), on(`${side}LowerArm`));
    set(L('Wrist'), on(`${side}Hand`));
    set(L('Index'), on(`${side}Hand`, [s * 0.09, 0, 0.03]));
    set(L('Pinky'), on(`${side}Hand`, [s * 0.08, 0, -0.04]));
    set(L('Thumb'), on(`${side}Hand`, [s * 0.04, 0, 0.06]));
    set(L('Hip'), on(`${side}UpperLeg`));
    set(L('Knee'), on(`${side}LowerLeg`));
    set(L('Ankle'), on(`${side}Foot`));
    set(L('Heel'), on(`${side}Foot`, [0, -0.05, -0.05]));
    set(L('FootIndex'), toes(side));
  }
  const centre = points[POSE.leftHip]!.clone().add(points[POSE.rightHip]!).multiplyScalar(0.5);
  return points.map((point) => {
    const p = point.clone().sub(centre);
    return { x: p.x, y: -p.y, z: -p.z, visibility: 1 };
  });
}
