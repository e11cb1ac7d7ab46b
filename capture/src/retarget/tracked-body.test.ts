import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BodyRetargeter } from './body.ts';
import { forwardKinematics } from './forward.ts';
import { angleBetween } from './frames.ts';
import { STANDARD_RIG } from './rig.ts';
import { solveElbow, type TrackedPose, trackedBody } from './tracked-body.ts';

const Y = new Vector3(0, 1, 0);
const turn = (yaw: number) => new Quaternion().setFromAxisAngle(Y, yaw);
const pose = (position: [number, number, number], rotation = new Quaternion()): TrackedPose => ({
  position,
  rotation: rotation.toArray() as [number, number, number, number],
});

/** Solves a headset input and returns where the avatar's bones end up in the room. */
function solve(input: Parameters<typeof trackedBody>[0]) {
  const body = trackedBody(input, STANDARD_RIG);
  const rotations = new BodyRetargeter(STANDARD_RIG).solve(body.points);
  const placed = forwardKinematics(STANDARD_RIG, rotations);
  const toRoom = turn(body.root.yaw + Math.PI);
  const hips = new Vector3(...STANDARD_RIG.hips);
  const inRoom = (bone: 'leftHand' | 'rightHand' | 'head' | 'leftLowerArm' | 'leftUpperArm') =>
    placed
      .get(bone)!
      .position.clone()
      .sub(hips)
      .applyQuaternion(toRoom)
      .add(new Vector3(body.root.x, body.root.y, body.root.z));
  return { body, rotations, placed, inRoom, toRoom };
}

describe('a body from a headset and controllers', () => {
  it('puts the hands where the controllers are', () => {
    // Within reach, in front: the room's +X is the visitor's right when they face -Z.
    const left = new Vector3(-0.35, 1.25, 2.75);
    const right = new Vector3(0.2, 1.55, 2.75);
    const { inRoom } = solve({
      head: pose([0, 1.6, 3]),
      left: pose([left.x, left.y, left.z]),
      right: pose([right.x, right.y, right.z]),
    });
    // The wrist sits 6 cm behind the grip along the controller (which points -Z here).
    expect(inRoom('leftHand').distanceTo(left.clone().add(new Vector3(0, 0, 0.06)))).toBeLessThan(0.02);
    expect(inRoom('rightHand').distanceTo(right.clone().add(new Vector3(0, 0, 0.06)))).toBeLessThan(0.02);
  });

  it('faces where the headset faces, the head turned as it is', () => {
    const look = turn(0.6).multiply(new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -0.3));
    const { body, placed } = solve({ head: pose([1, 1.6, 2], look) });
    expect(body.root.yaw).toBeCloseTo(0.6, 5);
    // Pitched down 0.3 rad relative to the body, in the avatar's own frame (about -X when facing +Z).
    const head = placed.get('head')!.rotation;
    const expected = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), 0.3);
    expect(angleBetween(head, expected)).toBeLessThan(2);
  });

  it('crouches when the headset goes down', () => {
    const standing = solve({ head: pose([0, 1.6, 0]) }).body.root.y;
    const crouching = solve({ head: pose([0, 1.2, 0]) }).body.root.y;
    expect(standing - crouching).toBeGreaterThan(0.3);
  });

  it('bends the elbow down, not up, and straightens towards a target out of reach', () => {
    const shoulder = new Vector3(0.17, 1.4, 0);
    const elbow = solveElbow(shoulder, new Vector3(0.3, 1.4, 0.3), 0.28, 0.26, 'left');
    expect(elbow.distanceTo(shoulder)).toBeCloseTo(0.28, 3);
    expect(elbow.y).toBeLessThan(1.4);
    const far = solveElbow(shoulder, new Vector3(2, 1.4, 0), 0.28, 0.26, 'left');
    expect(far.y).toBeCloseTo(1.4, 2);
    expect(far.x).toBeCloseTo(0.45, 2);
  });
});
