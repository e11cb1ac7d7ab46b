// The VRM humanoid bones and face expressions the pose stream carries, in wire order. Changing either list
// changes the wire format: bump POSE_CODEC_VERSION (see docs/protocol.md).

/** Body bones, in wire order (VRM 1.0 humanoid names). Eyes and jaw follow the face expressions. */
export const BODY_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'leftToes',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'rightToes',
] as const;

const FINGERS = [
  ['Thumb', ['Metacarpal', 'Proximal', 'Distal']],
  ['Index', ['Proximal', 'Intermediate', 'Distal']],
  ['Middle', ['Proximal', 'Intermediate', 'Distal']],
  ['Ring', ['Proximal', 'Intermediate', 'Distal']],
  ['Little', ['Proximal', 'Intermediate', 'Distal']],
] as const;

/** Finger bones of both hands, in wire order: left thumb to little, then right. */
export const HAND_BONES: readonly string[] = (['left', 'right'] as const).flatMap((side) =>
  FINGERS.flatMap(([finger, joints]) => joints.map((joint) => `${side}${finger}${joint}`)),
);

/** Face expression weights (0..1), VRM preset names plus two brow channels, in wire order. */
export const FACE_EXPRESSIONS = [
  'blinkLeft',
  'blinkRight',
  'aa',
  'ih',
  'ou',
  'ee',
  'oh',
  'happy',
  'angry',
  'sad',
  'relaxed',
  'surprised',
  'browInnerUp',
  'browDown',
] as const;

export type BodyBone = (typeof BODY_BONES)[number];
export type FaceExpression = (typeof FACE_EXPRESSIONS)[number];
