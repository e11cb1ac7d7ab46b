// Finger retargeting: MediaPipe Hands' 21 world landmarks to the VRM finger bones of one hand, local to
// each finger's parent. Fingers rest straight along the hand (the thumb forward-out at 45°), as a VRM
// T-pose has them; each joint swings from that rest to the direction its landmarks show, in the frame
// of the hand the same landmarks give, so the hand's own turn (from the pose) does not leak in.
import { Quaternion, Vector3 } from 'three';
import { HAND, type Side } from '../pose/landmarks.ts';
import { rotationBetweenFrames, swing } from './frames.ts';

export type { Side };

/** Finger bones of one hand in the order of HAND_BONES (thumb to little, three joints each). */
const CHAINS: readonly (readonly [number, number, number, number])[] = [
  [HAND.thumbCmc, HAND.thumbMcp, HAND.thumbIp, HAND.thumbTip],
  [HAND.indexMcp, HAND.indexPip, HAND.indexDip, HAND.indexTip],
  [HAND.middleMcp, HAND.middlePip, HAND.middleDip, HAND.middleTip],
  [HAND.ringMcp, HAND.ringPip, HAND.ringDip, HAND.ringTip],
  [HAND.pinkyMcp, HAND.pinkyPip, HAND.pinkyDip, HAND.pinkyTip],
];

function restDirection(side: Side, finger: number): Vector3 {
  const out = side === 'left' ? 1 : -1;
  return finger === 0 ? new Vector3(out, 0, 1).normalize() : new Vector3(out, 0, 0);
}

/**
 * The hand's rotation in avatar space from its landmarks (given in avatar space): the wrist towards the
 * middle knuckle, the index knuckle ahead of the little one.
 */
export function handRotation(points: readonly Vector3[], side: Side): Quaternion | null {
  const wrist = points[HAND.wrist];
  const middle = points[HAND.middleMcp];
  const index = points[HAND.indexMcp];
  const pinky = points[HAND.pinkyMcp];
  if (!wrist || !middle || !index || !pinky) return null;
  const along = new Vector3(side === 'left' ? 1 : -1, 0, 0);
  return rotationBetweenFrames(
    along,
    new Vector3(0, 0, 1),
    middle.clone().sub(wrist),
    index.clone().sub(pinky),
  );
}

/** 15 local rotations (thumb to little, base to tip), x y z w each, for one hand; null without a hand. */
export function retargetFingers(points: readonly Vector3[], side: Side): Float32Array | null {
  if (points.length < 21) return null;
  const hand = handRotation(points, side);
  if (!hand) return null;
  const out = new Float32Array(15 * 4);
  CHAINS.forEach((chain, finger) => {
    const rest = restDirection(side, finger);
    let parent = hand.clone();
    for (let joint = 0; joint < 3; joint++) {
      const from = points[chain[joint]!]!;
      const to = points[chain[joint + 1]!]!;
      const direction = to.clone().sub(from).applyQuaternion(parent.clone().invert());
      const local = direction.lengthSq() > 1e-12 ? swing(rest, direction) : new Quaternion();
      local.toArray(out, (finger * 3 + joint) * 4);
      parent = parent.multiply(local);
    }
  });
  return out;
}
