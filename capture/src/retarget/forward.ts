// Forward kinematics on a rig at rest: where each bone is, and how it is turned, for given local
// rotations. Grounding uses it to find the feet; tests use it to make landmarks of known poses.
import { BODY_BONES, type BodyBone } from '@prostudio/protocol';
import { Quaternion, Vector3 } from 'three';
import { PARENT, type RigRest } from './rig.ts';

export interface BonePlacement {
  position: Vector3;
  rotation: Quaternion;
}

/**
 * Places every body bone in avatar space. Bones rest with identity rotations at the rig's positions, so
 * a bone's position is its parent's plus the resting offset turned by the parent's rotation. The hips
 * sit at the rig's hips position turned by `root` about it.
 */
export function forwardKinematics(
  rig: RigRest,
  local: ReadonlyMap<BodyBone, Quaternion>,
  root: Quaternion = new Quaternion(),
): Map<BodyBone, BonePlacement> {
  const placed = new Map<BodyBone, BonePlacement>();
  // BODY_BONES lists every parent before its children.
  for (const bone of BODY_BONES) {
    const turn = local.get(bone) ?? new Quaternion();
    const parent = PARENT[bone];
    const above = parent ? placed.get(parent) : undefined;
    if (!above) {
      placed.set(bone, { position: new Vector3(...rig[bone]), rotation: root.clone().multiply(turn) });
      continue;
    }
    const offset = new Vector3(...rig[bone]).sub(new Vector3(...rig[parent ?? bone]));
    placed.set(bone, {
      position: offset.applyQuaternion(above.rotation).add(above.position),
      rotation: above.rotation.clone().multiply(turn),
    });
  }
  return placed;
}
