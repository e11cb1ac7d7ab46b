// A body from a headset and its controllers: the head where the headset is, the hands where the
// controllers are, and the arms between them by two-bone IK (elbows down and out, as arms hang). The
// result is a set of landmarks in avatar space, retargeted by the same BodyRetargeter as the camera's, so
// one code path turns any source into bone rotations.
import { Quaternion, Vector3 } from 'three';
import { landmarksOfPose } from './landmarks-of-pose.ts';
import { POSE } from '../pose/landmarks.ts';
import type { BodyPoint } from './body.ts';
import { type RigRest } from './rig.ts';

/** A tracked pose in the room: position in metres, rotation x y z w (three.js / WebXR conventions). */
export interface TrackedPose {
  position: readonly [number, number, number];
  rotation: readonly [number, number, number, number];
}

export interface HeadsetInput {
  head: TrackedPose;
  /** The grip poses of the controllers (or tracked hands), when they are tracked. */
  left?: TrackedPose | undefined;
  right?: TrackedPose | undefined;
}

export interface TrackedBody {
  /** The 33 landmarks (MediaPipe's layout) in avatar space: hips origin, facing +Z, left at +X. */
  points: BodyPoint[];
  /** Where the hips stand in the room, and the body's heading (0 faces -Z, as the room's yaw). */
  root: { x: number; y: number; z: number; yaw: number };
}

/** Where the head bone is from the eyes, in the headset's frame (it looks down -Z): lower and behind. */
const EYES_TO_HEAD = new Vector3(0, -0.07, 0.08);
/** A grip is held in the fist: the wrist is a little behind it along the controller. */
const GRIP_TO_WRIST = new Vector3(0, 0, 0.06);
const Y = new Vector3(0, 1, 0);

/** Heading of a rotation about +Y, 0 facing -Z. */
function headingOf(q: Quaternion): number {
  const forward = new Vector3(0, 0, -1).applyQuaternion(q);
  return Math.atan2(-forward.x, -forward.z);
}

export function trackedBody(input: HeadsetInput, rig: RigRest): TrackedBody {
  const headRoom = new Quaternion(...input.head.rotation);
  const yaw = headingOf(headRoom);
  // Room to avatar space: undo the heading, then turn to face +Z (the avatar's front).
  const toAvatar = new Quaternion().setFromAxisAngle(Y, -(yaw + Math.PI));
  const headAt = new Vector3(...input.head.position).add(EYES_TO_HEAD.clone().applyQuaternion(headRoom));
  // The hips stand under the head, as low as the head is below its standing height (a crouch).
  const standingHead = rig.head[1];
  const hipsY = Math.max(0.3, rig.hips[1] - Math.max(0, standingHead - headAt.y));
  const root = { x: headAt.x, y: hipsY, z: headAt.z, yaw };
  const toLocal = (p: Vector3) =>
    p
      .clone()
      .sub(new Vector3(root.x, root.y, root.z))
      .applyQuaternion(toAvatar);

  // Start from the rig at rest (arms down), then move what the devices say.
  const armsDown = new Map([
    ['leftUpperArm', new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), -1.25)],
    ['rightUpperArm', new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), 1.25)],
  ] as const);
  const rest = landmarksOfPose(rig, armsDown);
  // Those landmarks are about the hip joints' midpoint; the root is the hips bone.
  const hipJoints = new Vector3(...rig.leftUpperLeg)
    .add(new Vector3(...rig.rightUpperLeg))
    .multiplyScalar(0.5);
  const offset = hipJoints.sub(new Vector3(...rig.hips));
  const points: BodyPoint[] = rest.map((l) => ({
    position: new Vector3(l.x, -l.y, -l.z).add(offset),
    tracked: true,
  }));
  const at = (i: number) => points[i]!.position;

  // The head: the avatar's head turned as the headset is (relative to the body's heading).
  const headAvatar = toAvatar
    .clone()
    .multiply(headRoom)
    .multiply(new Quaternion().setFromAxisAngle(Y, Math.PI));
  const head = toLocal(headAt);
  const onHead = (offset: readonly [number, number, number]) =>
    new Vector3(...offset).applyQuaternion(headAvatar).add(head);
  at(POSE.nose).copy(onHead([0, 0.05, 0.1]));
  at(POSE.leftEar).copy(onHead([0.075, 0.08, -0.01]));
  at(POSE.rightEar).copy(onHead([-0.075, 0.08, -0.01]));

  const arm = (side: 'left' | 'right', grip: TrackedPose | undefined) => {
    if (!grip) return;
    const shoulder = at(side === 'left' ? POSE.leftShoulder : POSE.rightShoulder);
    const gripRotation = toAvatar.clone().multiply(new Quaternion(...grip.rotation));
    const wrist = toLocal(new Vector3(...grip.position)).add(
      GRIP_TO_WRIST.clone()
        .applyQuaternion(new Quaternion(...grip.rotation))
        .applyQuaternion(toAvatar),
    );
    const upper = new Vector3(...rig[`${side}LowerArm`]).distanceTo(new Vector3(...rig[`${side}UpperArm`]));
    const lower = new Vector3(...rig[`${side}Hand`]).distanceTo(new Vector3(...rig[`${side}LowerArm`]));
    const elbow = solveElbow(shoulder, wrist, upper, lower, side);
    const L = (name: 'Elbow' | 'Wrist' | 'Index' | 'Pinky') => POSE[`${side}${name}`];
    at(L('Elbow')).copy(elbow);
    const w = at(L('Wrist')).copy(elbow.clone().add(wrist.clone().sub(elbow).setLength(lower)));
    // The hand points along the controller (its -Z), the index knuckle towards the thumb side.
    const along = new Vector3(0, 0, -1).applyQuaternion(gripRotation);
    const thumb = new Vector3(side === 'left' ? 1 : -1, 0, 0).applyQuaternion(gripRotation);
    at(L('Index')).copy(w.clone().addScaledVector(along, 0.09).addScaledVector(thumb, 0.02));
    at(L('Pinky')).copy(w.clone().addScaledVector(along, 0.08).addScaledVector(thumb, -0.03));
  };
  arm('left', input.left);
  arm('right', input.right);
  return { points, root };
}

/**
 * Two-bone IK: where the elbow goes for a shoulder, a wrist target and the two lengths, bending down and
 * a little out and back, as a relaxed arm does. A target out of reach straightens the arm towards it.
 */
export function solveElbow(
  shoulder: Vector3,
  wrist: Vector3,
  upper: number,
  lower: number,
  side: 'left' | 'right',
): Vector3 {
  const toWrist = wrist.clone().sub(shoulder);
  const reach = Math.min(upper + lower - 1e-4, Math.max(Math.abs(upper - lower) + 1e-4, toWrist.length()));
  const u = toWrist.lengthSq() > 1e-10 ? toWrist.clone().normalize() : new Vector3(0, -1, 0);
  // The pole: down, out to the side and back; made perpendicular to the shoulder-wrist line.
  const pole = new Vector3(side === 'left' ? 0.4 : -0.4, -1, -0.3);
  const v = pole.addScaledVector(u, -pole.dot(u));
  if (v.lengthSq() < 1e-8) v.set(0, 0, -1);
  v.normalize();
  const cos = (upper * upper + reach * reach - lower * lower) / (2 * upper * reach);
  const angle = Math.acos(Math.min(1, Math.max(-1, cos)));
  return shoulder
    .clone()
    .addScaledVector(u, upper * Math.cos(angle))
    .addScaledVector(v, upper * Math.sin(angle));
}
