// Calibration: a few seconds standing still in an A-pose. From them: the camera's tilt (the performer's
// standing axis should be vertical), where the feet meet the floor in the picture and how tall the
// performer appears (so a real jump can be told from standing), the head's level pitch, and the neutral
// face. Everything is a median over the samples, so a stray frame does not spoil it.
import { Quaternion, Vector3 } from 'three';
import { DEFAULT_HEAD_PITCH, toAvatarSpace, torsoFrames, type TorsoRest } from './retarget/body.ts';
import { type FaceShape, measureFace, TYPICAL_NEUTRAL } from './retarget/face.ts';
import type { Detection } from './pose/detection.ts';
import { LIMB_BONES, type LimbCalibration, measureLimbs, refineLimbs } from './pose/limb-depth.ts';
import { POSE, type Landmark } from './pose/landmarks.ts';

export interface Calibration {
  /** Undoes the camera's tilt: applied to world landmarks in avatar space. */
  tilt: [number, number, number, number];
  /** Pitch of the nose below the ears with the head level, radians. */
  headPitch: number;
  /** Image y (0..1, down) of the lower ankle standing. */
  groundY: number;
  /** Image height (0..1) from the nose to the ankles standing. */
  bodyHeight: number;
  /** Metres from the hips down to the ankles standing. */
  hipsToAnkles: number;
  face: FaceShape;
  /** The torso's frames standing upright, square to the camera; null uncalibrated. */
  torso: TorsoRest | null;
  /** The limbs as the A-pose showed them, for rebuilding their depth; null uncalibrated. */
  limbs: LimbCalibration | null;
}

export const NO_CALIBRATION: Calibration = {
  tilt: [0, 0, 0, 1],
  headPitch: DEFAULT_HEAD_PITCH,
  groundY: Number.NaN,
  bodyHeight: Number.NaN,
  hipsToAnkles: 0.85,
  face: TYPICAL_NEUTRAL,
  torso: null,
  limbs: null,
};

/** Frames of a good A-pose needed; at 30 fps, about two seconds. */
export const CALIBRATION_FRAMES = 45;

export type CalibrationResult = { ok: true; calibration: Calibration } | { ok: false; problem: string };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const FULL_BODY = [
  POSE.nose,
  POSE.leftShoulder,
  POSE.rightShoulder,
  POSE.leftHip,
  POSE.rightHip,
  POSE.leftAnkle,
  POSE.rightAnkle,
];

/** Why this frame cannot calibrate, or null when it can. */
export function frameProblem(detection: Detection): string | null {
  const pose = detection.pose;
  if (!pose) return 'Step into view of the camera.';
  const visible = (i: number) => (pose.image[i]?.visibility ?? 0) > 0.5;
  if (!visible(POSE.nose)) return 'Face the camera.';
  if (!FULL_BODY.every(visible)) return 'Step back until the camera sees you from head to feet.';
  const below = (wrist: number, shoulder: number) =>
    (pose.image[wrist]?.y ?? 0) > (pose.image[shoulder]?.y ?? 1);
  if (!below(POSE.leftWrist, POSE.leftShoulder) || !below(POSE.rightWrist, POSE.rightShoulder)) {
    return 'Lower your arms a little away from your sides (an A-pose).';
  }
  return null;
}

const v = (l: Landmark) => new Vector3(l.x, -l.y, -l.z);

export function calibrate(detections: readonly Detection[]): CalibrationResult {
  const good = detections.filter((d) => frameProblem(d) === null);
  if (good.length < CALIBRATION_FRAMES) {
    const last = detections.at(-1);
    return { ok: false, problem: (last && frameProblem(last)) ?? 'Hold still a moment longer.' };
  }
  const ups: Vector3[] = [];
  const pitches: number[] = [];
  const grounds: number[] = [];
  const heights: number[] = [];
  const legs: number[] = [];
  const faces: FaceShape[] = [];
  // The limbs first: the standing axis is read off limbs rebuilt with them, as every frame will be.
  const limbs = medianLimbs(
    good.flatMap(({ pose }) => (pose ? [measureLimbs(pose.image, pose.world, pose.aspect)] : [])),
  );
  const worlds: Landmark[][] = [];
  for (const { pose, face } of good) {
    if (!pose) continue;
    const { world } = refineLimbs(pose, limbs);
    worlds.push(world);
    const w = (i: number) => v(world[i]!);
    const ankles = w(POSE.leftAnkle).add(w(POSE.rightAnkle)).multiplyScalar(0.5);
    const shoulders = w(POSE.leftShoulder).add(w(POSE.rightShoulder)).multiplyScalar(0.5);
    ups.push(shoulders.clone().sub(ankles).normalize());
    legs.push(-ankles.y);
    const ears = w(POSE.leftEar).add(w(POSE.rightEar)).multiplyScalar(0.5);
    const nose = w(POSE.nose).sub(ears);
    pitches.push(Math.atan2(-nose.y, Math.hypot(nose.x, nose.z)));
    const ankleY = Math.max(pose.image[POSE.leftAnkle]!.y, pose.image[POSE.rightAnkle]!.y);
    grounds.push(ankleY);
    heights.push(ankleY - pose.image[POSE.nose]!.y);
    const shape = face ? measureFace(face.mesh) : null;
    if (shape) faces.push(shape);
  }
  const up = new Vector3(
    median(ups.map((u) => u.x)),
    median(ups.map((u) => u.y)),
    median(ups.map((u) => u.z)),
  );
  const tilt = new Quaternion().setFromUnitVectors(up.normalize(), new Vector3(0, 1, 0));
  const torsos = worlds.flatMap((world) => torsoFrames(toAvatarSpace(world, tilt)) ?? []);
  const faceOf = (key: keyof FaceShape) => median(faces.map((f) => f[key]));
  return {
    ok: true,
    calibration: {
      tilt: [tilt.x, tilt.y, tilt.z, tilt.w],
      headPitch: median(pitches),
      groundY: median(grounds),
      bodyHeight: median(heights),
      hipsToAnkles: median(legs),
      face:
        faces.length > 0
          ? {
              leftEyeOpen: faceOf('leftEyeOpen'),
              rightEyeOpen: faceOf('rightEyeOpen'),
              mouthOpen: faceOf('mouthOpen'),
              mouthWidth: faceOf('mouthWidth'),
              browHeight: faceOf('browHeight'),
            }
          : TYPICAL_NEUTRAL,
      torso:
        torsos.length > 0
          ? {
              hips: medianRotation(torsos.map((t) => t.hips)),
              shoulders: medianRotation(torsos.map((t) => t.shoulders)),
            }
          : null,
      limbs,
    },
  };
}

function medianRotation(rotations: readonly Quaternion[]): [number, number, number, number] {
  const of = (key: 'x' | 'y' | 'z' | 'w') => median(rotations.map((q) => q[key]));
  const q = new Quaternion(of('x'), of('y'), of('z'), of('w')).normalize();
  return [q.x, q.y, q.z, q.w];
}

function medianLimbs(frames: readonly LimbCalibration[]): LimbCalibration {
  const of = (key: 'pictureLength' | 'length' | 'depthBias') =>
    LIMB_BONES.map((_, i) => median(frames.map((frame) => frame[key][i]!)));
  return {
    pictureLength: of('pictureLength'),
    length: of('length'),
    depthBias: of('depthBias'),
    shoulders: median(frames.map((frame) => frame.shoulders)),
  };
}

/**
 * How far the performer's feet are off the floor, metres, from the picture: the lower ankle above the
 * calibrated ground line, scaled by the performer's apparent height. Zero without calibration.
 */
export function liftFromImage(
  image: readonly Landmark[],
  calibration: Calibration,
  performerHeight = 1.7,
): number {
  if (!Number.isFinite(calibration.groundY) || !(calibration.bodyHeight > 0)) return 0;
  const left = image[POSE.leftAnkle];
  const right = image[POSE.rightAnkle];
  if (!left || !right) return 0;
  const lower = Math.max(left.y, right.y);
  return Math.max(0, ((calibration.groundY - lower) / calibration.bodyHeight) * performerHeight * 0.9);
}
