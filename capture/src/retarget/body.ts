// Body retargeting: MediaPipe Pose's world landmarks to local rotations of the VRM humanoid's normalised
// body bones. Each bone's rotation in avatar space comes from the landmarks that fix it (the hip line
// and the spine for the hips, the bend plane of the elbow for the upper arm...), then becomes local to
// its parent. Bones whose landmarks are lost keep their last rotation.
import { BODY_BONES, type BodyBone } from '@prostudio/protocol';
import { Quaternion, Vector3 } from 'three';
import { POSE } from '../pose/landmarks.ts';
import { PARENT, type RigRest, restDirections } from './rig.ts';
import { part, rotationBetweenFrames, smoothstep, swing } from './frames.ts';

/** A landmark in avatar space (metres, hips origin, +Y up, +Z towards the camera, left at +X). */
export interface BodyPoint {
  readonly position: Vector3;
  readonly tracked: boolean;
}

/**
 * MediaPipe world landmarks (x to the image's right, y down, z away from the camera) in avatar space.
 * A performer facing the camera faces the avatar's +Z, their left on its +X. `correction` undoes the
 * camera's tilt found by calibration.
 */
export function toAvatarSpace(
  landmarks: readonly { x: number; y: number; z: number; tracked?: boolean }[],
  correction?: Quaternion,
): BodyPoint[] {
  return landmarks.map((l) => {
    const position = new Vector3(l.x, -l.y, -l.z);
    if (correction) position.applyQuaternion(correction);
    return { position, tracked: l.tracked ?? true };
  });
}

export type BodyRotations = Map<BodyBone, Quaternion>;

/** The rotations in wire order (BODY_BONES), x y z w each; missing bones at rest. */
export function toBodyArray(rotations: ReadonlyMap<BodyBone, Quaternion>): Float32Array {
  const out = new Float32Array(BODY_BONES.length * 4);
  BODY_BONES.forEach((bone, i) => (rotations.get(bone) ?? new Quaternion()).toArray(out, i * 4));
  return out;
}

/** How the torso's turn and bend is shared between the spine bones, and the head's with the neck. */
const SPINE_SHARE = { spine: 0.4, chest: 0.3, upperChest: 0.3 } as const;
const NECK_SHARE = 0.35;
/** The nose sits below the ears: the pitch of nose-from-ears when the head is level, radians. */
export const DEFAULT_HEAD_PITCH = (15 * Math.PI) / 180;

const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

/** Elbows bend the forearm forward (+Z) from a T-pose; knees bend the shin back (-Z). */
const FLEX = { arm: new Vector3(0, 0, 1), leg: new Vector3(0, 0, -1) };
/**
 * Below the first bend (sine of the angle) a limb's bend plane is unknown and it only swings; past the
 * second it sets the twist. A camera's landmarks bend a straight limb by 10-20° on their own.
 */
const BEND = {
  exact: [Math.sin((8 * Math.PI) / 180), Math.sin((25 * Math.PI) / 180)],
  camera: [Math.sin((20 * Math.PI) / 180), Math.sin((40 * Math.PI) / 180)],
} as const;

export interface RetargetOptions {
  /** Pitch of the nose below the ears with the head level (from calibration), radians. */
  headPitch?: number;
  /** The torso's frames (`torsoFrames`) in the calibration pose, x y z w: what counts as upright. */
  torsoRest?: TorsoRest | null;
  /**
   * Where the landmarks come from: `exact` ones (a headset's arm IK, tests) or a `camera`'s. From a
   * camera, a straight arm or leg takes its twist (which cannot be seen) from its parent's heading alone,
   * not the whole parent, as the torso's lean is then noise of ±15° that would roll every straight limb
   * with it; and only a clearer bend sets the twist (docs/benchmarks.md). Exact by default.
   */
  landmarks?: 'exact' | 'camera';
}

/** A rotation's turn about the vertical alone. */
function headingOf(rotation: Quaternion): Quaternion {
  const forward = Z.clone().applyQuaternion(rotation);
  return new Quaternion().setFromAxisAngle(Y, Math.atan2(forward.x, forward.z));
}

export interface TorsoRest {
  hips: [number, number, number, number];
  shoulders: [number, number, number, number];
}

/** The hips' and shoulders' frames from the hip and shoulder lines and the spine; null if unseen. */
export function torsoFrames(
  points: readonly BodyPoint[],
): { hips: Quaternion; shoulders: Quaternion } | null {
  const at = (i: number) => points[i];
  if (![POSE.leftHip, POSE.rightHip, POSE.leftShoulder, POSE.rightShoulder].every((i) => at(i)?.tracked)) {
    return null;
  }
  const p = (i: number) => at(i)!.position;
  const spineUp = p(POSE.leftShoulder)
    .clone()
    .add(p(POSE.rightShoulder))
    .sub(p(POSE.leftHip))
    .sub(p(POSE.rightHip));
  const hips = rotationBetweenFrames(X, Y, p(POSE.leftHip).clone().sub(p(POSE.rightHip)), spineUp);
  const shoulders = rotationBetweenFrames(
    X,
    Y,
    p(POSE.leftShoulder).clone().sub(p(POSE.rightShoulder)),
    spineUp,
  );
  return hips && shoulders ? { hips, shoulders } : null;
}

export class BodyRetargeter {
  private readonly rest: Partial<Record<BodyBone, Vector3>>;
  private readonly previous: BodyRotations = new Map();

  constructor(rig: RigRest) {
    this.rest = restDirections(rig);
  }

  /** Local rotations of every body bone for one set of landmarks (33, in avatar space). */
  solve(points: readonly BodyPoint[], options: RetargetOptions = {}): BodyRotations {
    const world = new Map<BodyBone, Quaternion>();
    const local: BodyRotations = new Map();
    const at = (index: number) => points[index];
    const seen = (...indices: number[]) => indices.every((i) => at(i)?.tracked === true);
    const p = (index: number) => at(index)?.position ?? new Vector3();
    const mid = (i: number, j: number) => p(i).clone().add(p(j)).multiplyScalar(0.5);

    // Sets a bone from its rotation in avatar space, or holds its last local rotation.
    const place = (bone: BodyBone, rotation: Quaternion | null) => {
      const parent = PARENT[bone];
      const parentWorld = parent ? (world.get(parent) ?? new Quaternion()) : new Quaternion();
      let rotationLocal: Quaternion;
      if (rotation) rotationLocal = parentWorld.clone().invert().multiply(rotation);
      else rotationLocal = this.previous.get(bone)?.clone() ?? new Quaternion();
      local.set(bone, rotationLocal);
      world.set(bone, parentWorld.clone().multiply(rotationLocal));
    };
    const worldOf = (bone: BodyBone) => world.get(bone)?.clone() ?? new Quaternion();

    // Torso: the hip line and the shoulder line, each with the spine's direction, less how they stood
    // in the calibration pose (upright and square to the camera).
    const torso = torsoFrames(points);
    const rest = options.torsoRest;
    const upright = (measured: Quaternion, calibrated?: readonly number[]) =>
      calibrated ? measured.multiply(new Quaternion().fromArray(calibrated).invert()) : measured;
    const hips = torso ? upright(torso.hips, rest?.hips) : null;
    place('hips', hips);
    const shoulders = torso ? upright(torso.shoulders, rest?.shoulders) : null;
    const torsoTurn = shoulders && hips ? hips.clone().invert().multiply(shoulders) : null;
    for (const bone of ['spine', 'chest', 'upperChest'] as const) {
      place(
        bone,
        torsoTurn ? worldOf(PARENT[bone] ?? 'hips').multiply(part(torsoTurn, SPINE_SHARE[bone])) : null,
      );
    }

    // Head: the ear line, and the nose in front of it.
    const headSeen = seen(POSE.leftEar, POSE.rightEar, POSE.nose);
    let head: Quaternion | null = null;
    if (headSeen) {
      const earLine = p(POSE.leftEar).clone().sub(p(POSE.rightEar));
      const forward = p(POSE.nose).clone().sub(mid(POSE.leftEar, POSE.rightEar));
      // With the head level the nose points forward and down by headPitch: that is the rest.
      const pitch = options.headPitch ?? DEFAULT_HEAD_PITCH;
      const restForward = new Vector3(0, -Math.sin(pitch), Math.cos(pitch));
      head = rotationBetweenFrames(X, restForward, earLine, forward);
    }
    const headTurn = head ? worldOf('upperChest').invert().multiply(head) : null;
    place('neck', headTurn ? worldOf('upperChest').multiply(part(headTurn, NECK_SHARE)) : null);
    place('head', head);

    // Limbs: the upper bone from its direction and the bend plane, the lower one swings to its direction.
    const limb = (
      upper: BodyBone,
      lower: BodyBone,
      [root, joint, end]: readonly [number, number, number],
      flex: Vector3,
    ) => {
      const restUpper = this.rest[upper];
      const restLower = this.rest[lower];
      if (!restUpper || !restLower) return;
      if (!seen(root, joint)) {
        place(upper, null);
        place(lower, null);
        return;
      }
      const upperDir = p(joint).clone().sub(p(root));
      const parentWorld = worldOf(PARENT[upper] ?? 'hips');
      // Without a bend the plane is unknown: swing from the parent (no twist of its own), or from its
      // heading alone.
      const fromCamera = options.landmarks === 'camera';
      const reference = fromCamera ? headingOf(parentWorld) : parentWorld;
      const swung = reference
        .clone()
        .multiply(swing(restUpper, upperDir.clone().applyQuaternion(reference.clone().invert())));
      const lowerDir = seen(end) ? p(end).clone().sub(p(joint)) : null;
      let rotation = swung;
      let weight = 0;
      if (lowerDir) {
        const bend = new Vector3().crossVectors(upperDir.clone().normalize(), lowerDir.clone().normalize());
        const [unknown, known] = BEND[fromCamera ? 'camera' : 'exact'];
        // The cross product's length is the bend's sine: past 90° (a forearm folded back) it falls again.
        const folded = upperDir.dot(lowerDir) < 0;
        weight = folded ? 1 : smoothstep(unknown, known, bend.length());
        const restBend = new Vector3().crossVectors(restUpper, flex);
        const planar = weight > 0 ? rotationBetweenFrames(restUpper, restBend, upperDir, bend) : null;
        if (planar) rotation = swung.clone().slerp(planar, weight);
      }
      place(upper, rotation);
      if (!lowerDir) {
        place(lower, null);
        return;
      }
      const upperWorld = worldOf(upper);
      const hinged = upperWorld
        .clone()
        .multiply(swing(restLower, lowerDir.clone().applyQuaternion(upperWorld.clone().invert())));
      if (weight >= 1) return place(lower, hinged);
      // A straight limb's lower bone swings from the same reference as the upper one, not through it:
      // its twist cannot be seen either, and the upper bone's swing would hand on its direction's error.
      const straight = reference
        .clone()
        .multiply(swing(restLower, lowerDir.applyQuaternion(reference.clone().invert())));
      place(lower, straight.slerp(hinged, weight));
    };

    place('leftShoulder', worldOf('upperChest'));
    place('rightShoulder', worldOf('upperChest'));
    limb('leftUpperArm', 'leftLowerArm', [POSE.leftShoulder, POSE.leftElbow, POSE.leftWrist], FLEX.arm);
    limb('rightUpperArm', 'rightLowerArm', [POSE.rightShoulder, POSE.rightElbow, POSE.rightWrist], FLEX.arm);
    limb('leftUpperLeg', 'leftLowerLeg', [POSE.leftHip, POSE.leftKnee, POSE.leftAnkle], FLEX.leg);
    limb('rightUpperLeg', 'rightLowerLeg', [POSE.rightHip, POSE.rightKnee, POSE.rightAnkle], FLEX.leg);

    // Hands: from the wrist to the knuckles, turned so the index knuckle leads the little one.
    const hand = (bone: BodyBone, wrist: number, index: number, pinky: number) => {
      const restDir = bone === 'leftHand' ? X : X.clone().negate();
      if (!seen(wrist, index, pinky)) return place(bone, null);
      const direction = mid(index, pinky).sub(p(wrist));
      const across = p(index).clone().sub(p(pinky));
      place(bone, rotationBetweenFrames(restDir, Z, direction, across));
    };
    hand('leftHand', POSE.leftWrist, POSE.leftIndex, POSE.leftPinky);
    hand('rightHand', POSE.rightWrist, POSE.rightIndex, POSE.rightPinky);

    // Feet: swing towards the toes, in the frame of the shin.
    const foot = (bone: BodyBone, ankle: number, toe: number) => {
      const restDir = this.rest[bone];
      if (!restDir || !seen(ankle, toe)) return place(bone, null);
      const shin = worldOf(PARENT[bone] ?? 'hips');
      const direction = p(toe).clone().sub(p(ankle)).applyQuaternion(shin.clone().invert());
      place(bone, shin.multiply(swing(restDir, direction)));
    };
    foot('leftFoot', POSE.leftAnkle, POSE.leftFootIndex);
    foot('rightFoot', POSE.rightAnkle, POSE.rightFootIndex);
    place('leftToes', worldOf('leftFoot'));
    place('rightToes', worldOf('rightFoot'));

    for (const bone of BODY_BONES) {
      const rotation = local.get(bone);
      if (rotation) this.previous.set(bone, rotation.clone());
    }
    return local;
  }
}
