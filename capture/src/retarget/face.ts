// Face weights for the VRM expressions the pose stream carries (blinks, visemes, brows), either from
// MediaPipe's blendshape scores when the face model has them, or measured off the face mesh's landmarks
// against the performer's neutral face from calibration.
import { FACE_EXPRESSIONS, type FaceExpression } from '@prostudio/protocol';

export type FaceWeights = Partial<Record<FaceExpression, number>>;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Blendshape scores (ARKit names, as FaceLandmarker reports them) to expression weights. */
export function weightsFromBlendshapes(scores: ReadonlyMap<string, number>): FaceWeights {
  const s = (name: string) => scores.get(name) ?? 0;
  const jaw = s('jawOpen');
  const round = Math.max(s('mouthFunnel'), s('mouthPucker'));
  const smile = (s('mouthSmileLeft') + s('mouthSmileRight')) / 2;
  const stretch = (s('mouthStretchLeft') + s('mouthStretchRight')) / 2;
  return {
    blinkLeft: s('eyeBlinkLeft'),
    blinkRight: s('eyeBlinkRight'),
    aa: clamp01(jaw * (1 - round)),
    oh: clamp01(jaw * round),
    ou: clamp01(round * (1 - jaw)),
    ee: clamp01(Math.max(stretch, smile) * (1 - jaw)),
    ih: clamp01(jaw * 0.5 * (1 - round) * Math.max(stretch, smile) * 2),
    happy: clamp01(smile),
    surprised: clamp01(s('browInnerUp') * jaw * 2),
    browInnerUp: s('browInnerUp'),
    browDown: (s('browDownLeft') + s('browDownRight')) / 2,
  };
}

/** Face mesh landmark indices (the 468/478-point topology; left and right are the performer's). */
const MESH = {
  leftEye: { top: 386, bottom: 374, inner: 362, outer: 263 },
  rightEye: { top: 159, bottom: 145, inner: 133, outer: 33 },
  lips: { top: 13, bottom: 14, left: 291, right: 61 },
  brows: { left: 334, right: 105 },
  forehead: 10,
  chin: 152,
} as const;

interface Point {
  x: number;
  y: number;
  z: number;
}

/** Measurements of a face, each as a fraction of its height so distance to the camera cancels out. */
export interface FaceShape {
  leftEyeOpen: number;
  rightEyeOpen: number;
  mouthOpen: number;
  mouthWidth: number;
  browHeight: number;
}

export function measureFace(mesh: readonly Point[]): FaceShape | null {
  if (mesh.length < 468) return null;
  const d = (i: number, j: number) => {
    const a = mesh[i]!;
    const b = mesh[j]!;
    return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
  };
  const height = d(MESH.forehead, MESH.chin);
  if (!(height > 0)) return null;
  const eye = (e: { top: number; bottom: number; inner: number; outer: number }) =>
    d(e.top, e.bottom) / Math.max(1e-6, d(e.inner, e.outer));
  return {
    leftEyeOpen: eye(MESH.leftEye),
    rightEyeOpen: eye(MESH.rightEye),
    mouthOpen: d(MESH.lips.top, MESH.lips.bottom) / height,
    mouthWidth: d(MESH.lips.left, MESH.lips.right) / height,
    browHeight: (d(MESH.brows.left, MESH.leftEye.top) + d(MESH.brows.right, MESH.rightEye.top)) / 2 / height,
  };
}

/** A typical neutral face, until calibration measures the performer's own. */
export const TYPICAL_NEUTRAL: FaceShape = {
  leftEyeOpen: 0.3,
  rightEyeOpen: 0.3,
  mouthOpen: 0.01,
  mouthWidth: 0.27,
  browHeight: 0.09,
};

/** Expression weights from the face mesh, relative to the performer's neutral face. */
export function weightsFromMesh(shape: FaceShape, neutral: FaceShape = TYPICAL_NEUTRAL): FaceWeights {
  const blink = (open: number, rest: number) => clamp01(1 - (open - rest * 0.25) / (rest * 0.6));
  const open = clamp01((shape.mouthOpen - neutral.mouthOpen) / 0.18);
  const widen = clamp01((shape.mouthWidth - neutral.mouthWidth) / (neutral.mouthWidth * 0.25));
  const narrow = clamp01((neutral.mouthWidth - shape.mouthWidth) / (neutral.mouthWidth * 0.25));
  const brow = (shape.browHeight - neutral.browHeight) / neutral.browHeight;
  return {
    blinkLeft: blink(shape.leftEyeOpen, neutral.leftEyeOpen),
    blinkRight: blink(shape.rightEyeOpen, neutral.rightEyeOpen),
    aa: clamp01(open * (1 - narrow)),
    oh: clamp01(open * narrow),
    ou: clamp01(narrow * (1 - open)),
    ee: clamp01(widen * (1 - open)),
    ih: clamp01(widen * open),
    happy: clamp01(widen * 0.6),
    browInnerUp: clamp01(brow / 0.25),
    browDown: clamp01(-brow / 0.2),
  };
}

/** The weights in wire order (FACE_EXPRESSIONS), missing ones at 0. */
export function faceWeightsArray(weights: FaceWeights): Float32Array {
  return Float32Array.from(FACE_EXPRESSIONS, (name) => clamp01(weights[name] ?? 0));
}
