// The landmarker worker: MediaPipe's pose, hand and face landmarkers on the graphics card or the
// processor (./delegate.ts), one camera frame at a time, off the page's main thread so the 3D view keeps
// its frame rate. The pose is found in the whole frame; the hands and the face in squares around where
// the pose puts them, scaled up (../pose/regions.ts), so they are found with the whole performer in view.
// A classic worker: MediaPipe loads its runtime with importScripts, which module workers do not have.
import {
  FaceLandmarker,
  FilesetResolver,
  HandLandmarker,
  type NormalizedLandmark,
  PoseLandmarker,
} from '@mediapipe/tasks-vision';
import type { Detection, Extras } from '../pose/detection.ts';
import type { Landmark, Side } from '../pose/landmarks.ts';
import { faceRegion, fromRegion, handRegion, type Region } from '../pose/regions.ts';
import { chooseDelegate, type Delegate } from './delegate.ts';
import type { FromWorker, LandmarkerSettings, ToWorker } from './protocol.ts';

interface Landmarkers {
  pose: PoseLandmarker;
  /** One per hand, each tracking its own square from frame to frame. */
  hands: Record<Side, HandLandmarker> | null;
  face: FaceLandmarker | null;
}

/** The side of the square the hands and the face are scaled to: more than their detectors take in. */
const CROP = 256;
let crop: OffscreenCanvasRenderingContext2D | null = null;

/** `region` of `frame`, scaled to CROP × CROP (black where it runs off the frame). */
function cropOf(frame: ImageBitmap, region: Region): OffscreenCanvas {
  crop ??= new OffscreenCanvas(CROP, CROP).getContext('2d');
  if (!crop) throw new Error('This browser cannot crop camera frames (no 2D OffscreenCanvas).');
  crop.fillStyle = '#000';
  crop.fillRect(0, 0, CROP, CROP);
  crop.drawImage(frame, region.x, region.y, region.side, region.side, 0, 0, CROP, CROP);
  return crop.canvas;
}

let landmarkers: Landmarkers | null = null;
let lastTime = -1;

const post = (message: FromWorker) => self.postMessage(message);

const plain = (list: readonly NormalizedLandmark[]): Landmark[] =>
  list.map(({ x, y, z, visibility }) => ({ x, y, z, visibility }));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The name of this worker's WebGL 2 renderer, or null when it has none. */
function webglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

async function load(settings: LandmarkerSettings): Promise<void> {
  const vision = await FilesetResolver.forVisionTasks(`${settings.base}wasm`);
  const warnings: string[] = [];
  let delegate: Delegate = chooseDelegate(settings.delegate, webglRenderer());
  const model = (name: string) => ({ modelAssetPath: `${settings.base}models/${name}`, delegate });
  const createPose = () =>
    PoseLandmarker.createFromOptions(vision, {
      baseOptions: model(`pose_landmarker_${settings.pose}.task`),
      runningMode: 'VIDEO',
      numPoses: 1,
    });
  let pose: PoseLandmarker;
  try {
    pose = await createPose();
  } catch (error) {
    if (delegate === 'CPU') throw error;
    // A graphics card MediaPipe cannot use (no float textures, a lost context): the processor can.
    warnings.push(
      `The graphics card could not run motion capture (${messageOf(error)}), so the processor does.`,
    );
    delegate = 'CPU';
    pose = await createPose();
  }
  // Hands and face are extras: without their models the body still moves.
  const optional = async <T>(name: string, create: () => Promise<T>): Promise<T | null> => {
    try {
      return await create();
    } catch (error) {
      warnings.push(`${name} tracking is off: ${messageOf(error)}`);
      return null;
    }
  };
  const handWith = () =>
    HandLandmarker.createFromOptions(vision, {
      baseOptions: model('hand_landmarker.task'),
      runningMode: 'VIDEO',
      numHands: 1,
    });
  const hands = settings.hands
    ? await optional('Hand', async () => ({ left: await handWith(), right: await handWith() }))
    : null;
  // Official face bundles carry a blendshape model; the one built here does not, so ask, then do without.
  const faceWith = (blendshapes: boolean) =>
    FaceLandmarker.createFromOptions(vision, {
      baseOptions: model('face_landmarker.task'),
      runningMode: 'VIDEO',
      numFaces: 1,
      outputFaceBlendshapes: blendshapes,
    });
  const face = settings.face
    ? await optional('Face', () => faceWith(true).catch(() => faceWith(false)))
    : null;
  landmarkers = { pose, hands, face };
  post({
    type: 'ready',
    loaded: { pose: settings.pose, hands: hands !== null, face: face !== null, delegate },
    warnings,
  });
}

/** The body in the whole frame. */
function detectBody(pose: PoseLandmarker, frame: ImageBitmap, time: number, at: number): Detection {
  const started = performance.now();
  const body = pose.detectForVideo(frame, at);
  const detection: Detection = { time, hands: [], inferenceMs: 0 };
  const image = body.landmarks[0];
  const world = body.worldLandmarks[0];
  if (image && world)
    detection.pose = { image: plain(image), world: plain(world), aspect: frame.width / frame.height };
  detection.inferenceMs = performance.now() - started;
  return detection;
}

/** The hands and the face where the body puts them: without a performer there is nothing to look at. */
function detectExtras(
  { hands, face }: Landmarkers,
  frame: ImageBitmap,
  body: Detection,
  at: number,
): Extras | null {
  const seen = body.pose?.image;
  if (!seen || (!hands && !face)) return null;
  const started = performance.now();
  const extras: Extras = { hands: [], inferenceMs: 0 };
  if (hands) detectHands(hands, frame, seen, at, extras);
  if (face) detectFace(face, frame, seen, at, extras);
  extras.inferenceMs = performance.now() - started;
  return extras;
}

function detectHands(
  hands: Record<Side, HandLandmarker>,
  frame: ImageBitmap,
  seen: readonly Landmark[],
  at: number,
  extras: Extras,
): void {
  for (const side of ['left', 'right'] as const) {
    const region = handRegion(seen, side, frame.width, frame.height);
    if (!region) continue;
    const found = hands[side].detectForVideo(cropOf(frame, region), at);
    const landmarks = found.landmarks[0];
    const world = found.worldLandmarks[0];
    if (landmarks && world) {
      const image = fromRegion(plain(landmarks), region, frame.width, frame.height);
      extras.hands.push({ image, world: plain(world), side });
    }
  }
}

function detectFace(
  face: FaceLandmarker,
  frame: ImageBitmap,
  seen: readonly Landmark[],
  at: number,
  extras: Extras,
): void {
  const region = faceRegion(seen, frame.width, frame.height);
  if (!region) return;
  const found = face.detectForVideo(cropOf(frame, region), at);
  const mesh = found.faceLandmarks[0];
  if (!mesh) return;
  const scores = found.faceBlendshapes[0]?.categories;
  extras.face = {
    mesh: fromRegion(plain(mesh), region, frame.width, frame.height),
    ...(scores ? { blendshapes: Object.fromEntries(scores.map((c) => [c.categoryName, c.score])) } : {}),
  };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    load(message.settings).catch((error: unknown) => post({ type: 'failed', message: messageOf(error) }));
    return;
  }
  if (message.type === 'frame') {
    const { frame, time } = message;
    try {
      if (!landmarkers) return;
      // MediaPipe needs strictly increasing timestamps.
      const at = Math.max(time, lastTime + 1);
      lastTime = at;
      // The body goes first, so it never waits for the hands and face.
      const body = detectBody(landmarkers.pose, frame, time, at);
      post({ type: 'detection', detection: body });
      post({ type: 'done', extras: detectExtras(landmarkers, frame, body, at) });
    } catch (error) {
      post({ type: 'failed', message: messageOf(error) });
    } finally {
      frame.close();
    }
  }
};
