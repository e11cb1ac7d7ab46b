// MediaPipe's landmark layouts: the 33 pose landmarks and the 21 hand landmarks, by name.

/** One of the performer's own sides. */
export type Side = 'left' | 'right';

/** Indices of MediaPipe Pose's 33 landmarks (the performer's own left and right). */
export const POSE = {
  nose: 0,
  leftEyeInner: 1,
  leftEye: 2,
  leftEyeOuter: 3,
  rightEyeInner: 4,
  rightEye: 5,
  rightEyeOuter: 6,
  leftEar: 7,
  rightEar: 8,
  mouthLeft: 9,
  mouthRight: 10,
  leftShoulder: 11,
  rightShoulder: 12,
  leftElbow: 13,
  rightElbow: 14,
  leftWrist: 15,
  rightWrist: 16,
  leftPinky: 17,
  rightPinky: 18,
  leftIndex: 19,
  rightIndex: 20,
  leftThumb: 21,
  rightThumb: 22,
  leftHip: 23,
  rightHip: 24,
  leftKnee: 25,
  rightKnee: 26,
  leftAnkle: 27,
  rightAnkle: 28,
  leftHeel: 29,
  rightHeel: 30,
  leftFootIndex: 31,
  rightFootIndex: 32,
} as const;

export const POSE_LANDMARK_COUNT = 33;

/** Indices of MediaPipe Hands' 21 landmarks. */
export const HAND = {
  wrist: 0,
  thumbCmc: 1,
  thumbMcp: 2,
  thumbIp: 3,
  thumbTip: 4,
  indexMcp: 5,
  indexPip: 6,
  indexDip: 7,
  indexTip: 8,
  middleMcp: 9,
  middlePip: 10,
  middleDip: 11,
  middleTip: 12,
  ringMcp: 13,
  ringPip: 14,
  ringDip: 15,
  ringTip: 16,
  pinkyMcp: 17,
  pinkyPip: 18,
  pinkyDip: 19,
  pinkyTip: 20,
} as const;

export const HAND_LANDMARK_COUNT = 21;

/** A landmark as the landmarkers report it; visibility is 0..1 where the model gives it. */
export interface Landmark {
  x: number;
  y: number;
  z: number;
  visibility?: number | undefined;
}

/** Which part of the body a pose landmark belongs to: filters and gates are tuned per part. */
export type BodyPart = 'face' | 'torso' | 'arm' | 'hand' | 'leg' | 'foot';

export function bodyPartOf(index: number): BodyPart {
  if (index <= POSE.mouthRight) return 'face';
  if (index === POSE.leftShoulder || index === POSE.rightShoulder) return 'torso';
  if (index === POSE.leftHip || index === POSE.rightHip) return 'torso';
  if (index <= POSE.rightWrist) return 'arm';
  if (index <= POSE.rightThumb) return 'hand';
  if (index <= POSE.rightAnkle) return 'leg';
  return 'foot';
}
