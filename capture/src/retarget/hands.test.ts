import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { HAND } from '../pose/landmarks.ts';
import { angleBetween } from './frames.ts';
import { handRotation, retargetFingers, type Side } from './hands.ts';

const KNUCKLES: Record<string, readonly [number, number, number]> = {
  thumb: [0.02, 0, 0.03],
  index: [0.09, 0, 0.03],
  middle: [0.095, 0, 0],
  ring: [0.09, 0, -0.015],
  pinky: [0.08, 0, -0.035],
};
const CHAIN: Record<string, readonly number[]> = {
  thumb: [HAND.thumbCmc, HAND.thumbMcp, HAND.thumbIp, HAND.thumbTip],
  index: [HAND.indexMcp, HAND.indexPip, HAND.indexDip, HAND.indexTip],
  middle: [HAND.middleMcp, HAND.middlePip, HAND.middleDip, HAND.middleTip],
  ring: [HAND.ringMcp, HAND.ringPip, HAND.ringDip, HAND.ringTip],
  pinky: [HAND.pinkyMcp, HAND.pinkyPip, HAND.pinkyDip, HAND.pinkyTip],
};

/** The 21 landmarks of a hand turned by `hand`, each finger's joints bent about their hinge. */
function handLandmarks(side: Side, hand: Quaternion, curl: number): Vector3[] {
  const s = side === 'left' ? 1 : -1;
  const points: Vector3[] = [];
  points[HAND.wrist] = new Vector3();
  for (const [finger, [x, y, z]] of Object.entries(KNUCKLES)) {
    const thumb = finger === 'thumb';
    const rest = thumb ? new Vector3(s, 0, 1).normalize() : new Vector3(s, 0, 0);
    // Fingers curl towards the palm (-Y), about the hinge across the hand.
    const hinge = new Vector3().crossVectors(rest, new Vector3(0, -1, 0)).normalize();
    const bend = new Quaternion().setFromAxisAngle(hinge, thumb ? curl / 2 : curl);
    let at = new Vector3(s * x, y, z);
    let turn = new Quaternion();
    for (const index of CHAIN[finger]!) {
      points[index] = at.clone().applyQuaternion(hand);
      turn = turn.multiply(bend);
      at = at.clone().add(rest.clone().multiplyScalar(0.03).applyQuaternion(turn));
    }
  }
  return points;
}

describe('finger retargeting', () => {
  it.each(['left', 'right'] as const)('finds the %s hand turned palm forward', (side) => {
    const turn = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
    expect(angleBetween(handRotation(handLandmarks(side, turn, 0), side)!, turn)).toBeLessThan(0.5);
  });

  it.each(['left', 'right'] as const)('bends every %s finger joint by the curl', (side) => {
    const turn = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), 0.7);
    const curl = (50 * Math.PI) / 180;
    const fingers = retargetFingers(handLandmarks(side, turn, curl), side)!;
    expect(fingers).toHaveLength(60);
    for (let bone = 0; bone < 15; bone++) {
      const local = new Quaternion().fromArray(fingers, bone * 4);
      const expected = bone < 3 ? 25 : 50;
      // The knuckle's bend counts from the straight rest: the first joint carries one curl too.
      expect(Math.abs(angleBetween(local, new Quaternion()) - expected), `bone ${bone}`).toBeLessThan(1);
    }
  });

  it('leaves an open hand at rest', () => {
    const fingers = retargetFingers(handLandmarks('left', new Quaternion(), 0), 'left')!;
    for (let bone = 0; bone < 15; bone++) {
      expect(angleBetween(new Quaternion().fromArray(fingers, bone * 4), new Quaternion())).toBeLessThan(0.5);
    }
  });

  it('gives nothing for an incomplete hand', () => {
    expect(retargetFingers([new Vector3()], 'left')).toBeNull();
  });
});
