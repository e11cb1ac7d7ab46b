export { BODY_BONES, FACE_EXPRESSIONS, HAND_BONES, type BodyBone, type FaceExpression } from './humanoid.ts';
export { PRECISION, ROTATION_BYTES, type Precision } from './quaternion-packing.ts';
export {
  decodePose,
  encodePose,
  frameSize,
  MAX_COORDINATE,
  POSE_CODEC_VERSION,
  restPose,
  setRootPosition,
  type DecodeResult,
  type PoseFrame,
} from './pose-codec.ts';
export { decodePoseBatch, encodePoseBatch, frameLengthAt, type BatchResult } from './batch.ts';
export { yawOf } from './yaw.ts';
