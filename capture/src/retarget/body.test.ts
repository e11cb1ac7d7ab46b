import type { BodyBone } from '@prostudio/protocol';
import { Euler, Quaternion } from 'three';
import { describe, expect, it } from 'vitest';
import { landmarksOfPose } from './landmarks-of-pose.ts';
import { JOINT_GROUPS, KNOWN_POSES } from '../accuracy/poses.ts';
import { POSE } from '../pose/landmarks.ts';
import { BodyRetargeter, toAvatarSpace } from './body.ts';
import { forwardKinematics } from './forward.ts';
import { angleBetween } from './frames.ts';
import { STANDARD_RIG } from './rig.ts';

// How a turn is shared along the spine and neck is a choice: measure where the chain ends up.
const SHARED: readonly BodyBone[] = ['spine', 'chest', 'neck'];
const MEASURED = Object.values(JOINT_GROUPS)
  .flat()
  .filter((bone) => !SHARED.includes(bone));
const identity = new Quaternion();
const RAD = Math.PI / 180;
const pose = (name: string) => KNOWN_POSES.find((p) => p.name === name)!.rotations;

describe('body retargeting from exact landmarks', () => {
  it.each(KNOWN_POSES.map((pose) => [pose.name, pose] as const))('recovers the bones of "%s"', (_, pose) => {
    const solved = new BodyRetargeter(STANDARD_RIG).solve(
      toAvatarSpace(landmarksOfPose(STANDARD_RIG, pose.rotations)),
    );
    const truth = forwardKinematics(STANDARD_RIG, pose.rotations);
    const found = forwardKinematics(STANDARD_RIG, solved);
    for (const bone of MEASURED) {
      const error = angleBetween(truth.get(bone)!.rotation, found.get(bone)!.rotation);
      expect(error, `${bone} off by ${error.toFixed(2)}°`).toBeLessThan(1);
    }
  });

  it('stands at rest for a standing T-pose', () => {
    const solved = new BodyRetargeter(STANDARD_RIG).solve(
      toAvatarSpace(landmarksOfPose(STANDARD_RIG, new Map())),
    );
    for (const bone of MEASURED) expect(angleBetween(solved.get(bone)!, identity)).toBeLessThan(0.5);
  });

  it('follows the whole body turning to face sideways', () => {
    const turn = new Quaternion().setFromAxisAngle({ x: 0, y: 1, z: 0 } as never, Math.PI / 3);
    const solved = new BodyRetargeter(STANDARD_RIG).solve(
      toAvatarSpace(landmarksOfPose(STANDARD_RIG, new Map(), turn)),
    );
    expect(angleBetween(solved.get('hips')!, turn)).toBeLessThan(1);
    expect(angleBetween(solved.get('leftUpperArm')!, identity)).toBeLessThan(1);
  });

  it("keeps a bone's last rotation while its landmarks are lost", () => {
    const retargeter = new BodyRetargeter(STANDARD_RIG);
    const waving = KNOWN_POSES.find((pose) => pose.name === 'right hand waving')!;
    const before = retargeter.solve(toAvatarSpace(landmarksOfPose(STANDARD_RIG, waving.rotations)));
    const points = toAvatarSpace(landmarksOfPose(STANDARD_RIG, new Map()));
    const lost = points.map((point, index) =>
      index === POSE.rightElbow || index === POSE.rightWrist ? { ...point, tracked: false } : point,
    );
    const after = retargeter.solve(lost);
    const bones: BodyBone[] = ['rightUpperArm', 'rightLowerArm'];
    for (const bone of bones) expect(angleBetween(after.get(bone)!, before.get(bone)!)).toBeLessThan(0.01);
    // The rest of the body did follow: the left arm went back up to the T-pose.
    expect(angleBetween(after.get('leftUpperArm')!, identity)).toBeLessThan(1);
  });

  it("twists a camera's straight arm from the torso's heading, not its lean", () => {
    // A torso read as leaning back 12° (MediaPipe's shoulders wander in depth): the shoulders pushed away.
    const points = toAvatarSpace(landmarksOfPose(STANDARD_RIG, pose('arms out')));
    for (const i of [POSE.leftShoulder, POSE.rightShoulder, POSE.leftElbow, POSE.leftWrist]) {
      points[i]!.position.z -= 0.1;
    }
    const truth = forwardKinematics(STANDARD_RIG, pose('arms out')).get('leftUpperArm')!.rotation;
    const error = (landmarks: 'exact' | 'camera') => {
      const solved = new BodyRetargeter(STANDARD_RIG).solve(points, { landmarks });
      return angleBetween(forwardKinematics(STANDARD_RIG, solved).get('leftUpperArm')!.rotation, truth);
    };
    expect(error('exact')).toBeGreaterThan(8);
    expect(error('camera')).toBeLessThan(1);
  });

  it('takes the twist from an elbow folded past 90° as from any clear bend', () => {
    // A hand brought back to the shoulder: the bend's sine is small again, but the plane is plain.
    const folded = new Map([
      ['leftUpperArm', new Quaternion().setFromEuler(new Euler(0, -35 * RAD, -60 * RAD, 'ZYX'))],
      ['leftLowerArm', new Quaternion().setFromEuler(new Euler(0, -155 * RAD, 0, 'ZYX'))],
    ] as const);
    const truth = forwardKinematics(STANDARD_RIG, folded);
    const solved = new BodyRetargeter(STANDARD_RIG).solve(
      toAvatarSpace(landmarksOfPose(STANDARD_RIG, folded)),
      { landmarks: 'camera' },
    );
    const found = forwardKinematics(STANDARD_RIG, solved);
    for (const bone of ['leftUpperArm', 'leftLowerArm'] as const) {
      expect(angleBetween(found.get(bone)!.rotation, truth.get(bone)!.rotation)).toBeLessThan(1);
    }
  });

  it("turns a camera's straight forearm from the heading too, not through an upper arm read askew", () => {
    // Arms raised, the elbow read 15° towards the camera (the shoulder point lifts with a raised arm), the
    // forearm still pointing true: the forearm's direction and twist should stay true.
    const points = toAvatarSpace(landmarksOfPose(STANDARD_RIG, pose('arms up')));
    for (const i of [POSE.leftElbow, POSE.leftWrist, POSE.leftIndex, POSE.leftPinky, POSE.leftThumb]) {
      points[i]!.position.z += 0.07;
    }
    const truth = forwardKinematics(STANDARD_RIG, pose('arms up')).get('leftLowerArm')!.rotation;
    const solved = new BodyRetargeter(STANDARD_RIG).solve(points, { landmarks: 'camera' });
    const found = forwardKinematics(STANDARD_RIG, solved).get('leftLowerArm')!.rotation;
    expect(angleBetween(found, truth)).toBeLessThan(1);
  });
});
