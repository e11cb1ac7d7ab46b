// Where to look for the hands and the face: squares of the camera frame around what the pose landmarker
// found, the way MediaPipe's Holistic does it. From a webcam a few metres off, a whole performer in view,
// a hand is some 15 pixels and a face 40: too small for the hand and face detectors in the whole frame
// (measured on the project's avatar: the face in none of thirteen poses, the hands in ten of twenty-four),
// found in nearly all when each is cropped and scaled up. Pure: pixels in, pixels out.
import { type Landmark, POSE, type Side } from './landmarks.ts';

/** A square of the frame, in pixels: its top left corner and its side. */
export interface Region {
  x: number;
  y: number;
  side: number;
}

/** Below this visibility the pose landmarker is guessing where a point is (off-frame, hidden). */
const SEEN = 0.5;
/** The smallest square worth scaling up, pixels. */
const MIN_SIDE = 32;

const HAND_POINTS = {
  left: { elbow: POSE.leftElbow, wrist: POSE.leftWrist, index: POSE.leftIndex, pinky: POSE.leftPinky },
  right: { elbow: POSE.rightElbow, wrist: POSE.rightWrist, index: POSE.rightIndex, pinky: POSE.rightPinky },
} as const;

const seen = (point: Landmark | undefined): point is Landmark => (point?.visibility ?? 1) >= SEEN;

function square(cx: number, cy: number, side: number, width: number, height: number): Region {
  const clamped = Math.min(Math.max(side, MIN_SIDE), Math.max(width, height));
  return { x: cx - clamped / 2, y: cy - clamped / 2, side: clamped };
}

/**
 * The square around one of the performer's hands (`side` is theirs), from the pose's picture landmarks
 * (0..1 of a `width` × `height` frame); null when the pose cannot see that wrist.
 */
export function handRegion(
  image: readonly Landmark[],
  side: Side,
  width: number,
  height: number,
): Region | null {
  const at = HAND_POINTS[side];
  const wrist = image[at.wrist];
  const index = image[at.index];
  const pinky = image[at.pinky];
  const elbow = image[at.elbow];
  if (!seen(wrist) || !index || !pinky) return null;
  const px = (p: Landmark) => ({ x: p.x * width, y: p.y * height });
  const w = px(wrist);
  const i = px(index);
  const p = px(pinky);
  // The pose's hand points reach the knuckles; the fingertips lie as far again, wherever the hand bends
  // or turns about the wrist. A hand foreshortened towards the camera keeps its forearm's length nearby.
  const hand = Math.max(Math.hypot(i.x - w.x, i.y - w.y), Math.hypot(p.x - w.x, p.y - w.y));
  const forearm = elbow ? Math.hypot(elbow.x * width - w.x, elbow.y * height - w.y) : 0;
  return square((i.x + p.x) / 2, (i.y + p.y) / 2, Math.max(5 * hand, forearm), width, height);
}

/** The square around the performer's face, from the pose's picture landmarks; null when it is not seen. */
export function faceRegion(image: readonly Landmark[], width: number, height: number): Region | null {
  const nose = image[POSE.nose];
  const ears = [image[POSE.leftEar], image[POSE.rightEar]];
  const eyes = [image[POSE.leftEyeOuter], image[POSE.rightEyeOuter]];
  const mouth = [image[POSE.mouthLeft], image[POSE.mouthRight]];
  if (!seen(nose) || !ears[0] || !ears[1] || !eyes[0] || !eyes[1] || !mouth[0] || !mouth[1]) return null;
  const gap = (a: Landmark, b: Landmark) => Math.hypot((a.x - b.x) * width, (a.y - b.y) * height);
  const mid = (a: Landmark, b: Landmark): Landmark => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: 0 });
  // Ear to ear for a face seen from the front; eyes to mouth for one turned aside (the ears close up).
  const across = gap(ears[0], ears[1]);
  const down = gap(mid(eyes[0], eyes[1]), mid(mouth[0], mouth[1]));
  return square(nose.x * width, nose.y * height, Math.max(2.5 * across, 5 * down), width, height);
}

/**
 * Landmarks found in a region's crop (0..1 of the crop) as landmarks of the whole frame (0..1 of its
 * width and height); depth, which the landmarkers give on the x scale, follows x.
 */
export function fromRegion(
  points: readonly Landmark[],
  region: Region,
  width: number,
  height: number,
): Landmark[] {
  return points.map((p) => ({
    x: (region.x + p.x * region.side) / width,
    y: (region.y + p.y * region.side) / height,
    z: (p.z * region.side) / width,
    visibility: p.visibility,
  }));
}
