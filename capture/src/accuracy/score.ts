// How far a recovered pose is from the true one, per joint group: each bone's whole rotation in avatar
// space (twist included), and the direction it points alone. The accuracy bench and the test on
// recorded landmarks both score with this.
import type { BodyBone } from '@prostudio/protocol';
import type { Quaternion } from 'three';
import { forwardKinematics } from '../retarget/forward.ts';
import { angleBetween } from '../retarget/frames.ts';
import type { RigRest } from '../retarget/rig.ts';
import { JOINT_GROUPS } from './poses.ts';

export interface GroupErrors {
  /** Degrees between the true and recovered rotations in avatar space. */
  rotation: number[];
  /** Degrees between the directions the bone points (towards its child), where it has one. */
  direction: number[];
}

/** The bone each measured bone points at. */
const CHILD: Partial<Record<BodyBone, BodyBone>> = {
  leftUpperArm: 'leftLowerArm',
  leftLowerArm: 'leftHand',
  rightUpperArm: 'rightLowerArm',
  rightLowerArm: 'rightHand',
  leftUpperLeg: 'leftLowerLeg',
  leftLowerLeg: 'leftFoot',
  rightUpperLeg: 'rightLowerLeg',
  rightLowerLeg: 'rightFoot',
  upperChest: 'neck',
};
/** How a turn is shared along the spine and neck is a choice: the chain's ends are measured instead. */
const SHARED: readonly BodyBone[] = ['spine', 'chest', 'neck'];

/** Adds one pose's errors, per group, to `into`. */
export function scorePose(
  rig: RigRest,
  truth: ReadonlyMap<BodyBone, Quaternion>,
  found: ReadonlyMap<BodyBone, Quaternion>,
  into: Map<string, GroupErrors>,
): void {
  const placedTruth = forwardKinematics(rig, truth);
  const placedFound = forwardKinematics(rig, found);
  for (const [group, bones] of Object.entries(JOINT_GROUPS)) {
    const entry = into.get(group) ?? { rotation: [], direction: [] };
    for (const bone of bones) {
      if (SHARED.includes(bone)) continue;
      entry.rotation.push(angleBetween(placedTruth.get(bone)!.rotation, placedFound.get(bone)!.rotation));
      const child = CHILD[bone];
      if (!child) continue;
      const along = (placed: typeof placedTruth) =>
        placed.get(child)!.position.clone().sub(placed.get(bone)!.position).normalize();
      entry.direction.push((along(placedTruth).angleTo(along(placedFound)) * 180) / Math.PI);
    }
    into.set(group, entry);
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
