// Capture's public face for the web client: a capture session (camera, MediaPipe in a worker, smoothing,
// calibration, retargeting), the cameras to choose from, and the retargeting a headset's body shares with it.
export { CaptureSession, type CaptureStatus } from './capture-session.ts';
export { listCameras, type CameraChoice } from './camera.ts';
export type { DelegateChoice } from './worker/delegate.ts';
export type { PoseModel } from './worker/protocol.ts';
export type { Detection } from './pose/detection.ts';
export { POSE } from './pose/landmarks.ts';
export { headsetWithCamera, type BodyParts } from './retarget/merge.ts';
export { BodyRetargeter, toBodyArray } from './retarget/body.ts';
export { STANDARD_RIG } from './retarget/rig.ts';
export { trackedBody, type TrackedPose } from './retarget/tracked-body.ts';
