// What the benchmarks measure capture with (`@prostudio/capture/accuracy`): the known poses and their
// scoring, recorded and synthetic detections, and the pipeline's own parts they drive.
export { KNOWN_POSES, JOINT_GROUPS } from './poses.ts';
export { recording, type RecordedPose } from './recording.ts';
export { percentile, scorePose, type GroupErrors } from './score.ts';
export { syntheticDetection } from './synthetic-detection.ts';
export { calibrate, CALIBRATION_FRAMES } from '../calibration.ts';
export { PerformerSolver } from '../performer-solver.ts';
export type { Detection } from '../pose/detection.ts';
export { HAND, POSE, type Landmark, type Side } from '../pose/landmarks.ts';
export { faceRegion, fromRegion, handRegion, type Region } from '../pose/regions.ts';
export { measureFace } from '../retarget/face.ts';
export { angleBetween } from '../retarget/frames.ts';
