// The avatar lab's page (served with its types stripped): window.lab renders the avatar in a pose and
// reads back the picture, or runs MediaPipe's pose landmarker on it.
import { FaceLandmarker, FilesetResolver, HandLandmarker, PoseLandmarker } from '@mediapipe/tasks-vision';
import { type VRM, VRMLoaderPlugin } from '@pixiv/three-vrm';
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

const WIDTH = 640;
const HEIGHT = 480;

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(WIDTH, HEIGHT);
renderer.setPixelRatio(1);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color('#c9c4bb');
scene.add(new THREE.HemisphereLight('#ffffff', '#6b6256', 2.2));
const sun = new THREE.DirectionalLight('#ffffff', 1.6);
sun.position.set(1, 3, 4);
scene.add(sun);
const floor = new THREE.Mesh(
  new THREE.PlaneGeometry(20, 20),
  new THREE.MeshStandardMaterial({ color: '#9a9186' }),
);
floor.rotation.x = -Math.PI / 2;
scene.add(floor);
// A webcam on a laptop lid a few metres off: 1.2 m high, a 45° vertical field of view.
const camera = new THREE.PerspectiveCamera(45, WIDTH / HEIGHT, 0.1, 50);
camera.position.set(0, 1.2, 2.9);
camera.lookAt(0, 0.95, 0);

let vrm: VRM | null = null;
let landmarker: PoseLandmarker | null = null;
let tracker: PoseLandmarker | null = null;
let hands: HandLandmarker | null = null;
let face: FaceLandmarker | null = null;
const crop = document.createElement('canvas');
const CAMERA_AT = camera.position.clone();

const lab = {
  async load(file: string): Promise<void> {
    const loader = new GLTFLoader();
    loader.register((parser) => new VRMLoaderPlugin(parser));
    const gltf = await loader.loadAsync(`/avatars/${file}`);
    vrm = gltf.userData.vrm as VRM;
    scene.add(vrm.scene);
  },
  /** Poses the avatar: local rotations (x, y, z, w) of normalised bones; the rest stay at rest. */
  pose(rotations: Record<string, number[]>): void {
    if (!vrm) throw new Error('load an avatar first');
    vrm.humanoid.resetNormalizedPose();
    type BoneName = Parameters<VRM['humanoid']['getNormalizedBoneNode']>[0];
    for (const [bone, q] of Object.entries(rotations)) {
      vrm.humanoid.getNormalizedBoneNode(bone as BoneName)?.quaternion.fromArray(q);
    }
    vrm.update(0);
    renderer.render(scene, camera);
  },
  /** Where the named bones stand at rest, in the avatar's space (metres). */
  rig(bones: string[]): Record<string, number[]> {
    if (!vrm) throw new Error('load an avatar first');
    lab.pose({});
    type BoneName = Parameters<VRM['humanoid']['getNormalizedBoneNode']>[0];
    const rest: Record<string, number[]> = {};
    for (const bone of bones) {
      const node = vrm.humanoid.getNormalizedBoneNode(bone as BoneName);
      if (node) rest[bone] = node.getWorldPosition(new THREE.Vector3()).toArray();
    }
    return rest;
  },
  /** The picture, top row first, as base64 RGBA. */
  rgba(): string {
    const gl = renderer.getContext();
    const pixels = new Uint8Array(WIDTH * HEIGHT * 4);
    gl.readPixels(0, 0, WIDTH, HEIGHT, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    const flipped = new Uint8Array(pixels.length);
    const row = WIDTH * 4;
    for (let y = 0; y < HEIGHT; y++)
      flipped.set(pixels.subarray(y * row, (y + 1) * row), (HEIGHT - 1 - y) * row);
    let binary = '';
    for (let i = 0; i < flipped.length; i += 0x8000) {
      binary += String.fromCharCode(...flipped.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  },
  /** Loads the pose landmarker twice: for single pictures, and for a video (tracking between frames). */
  async loadLandmarker(model: string, delegate: 'CPU' | 'GPU' = 'CPU'): Promise<void> {
    const vision = await FilesetResolver.forVisionTasks('/modules/tasks-vision/wasm');
    const create = (runningMode: 'IMAGE' | 'VIDEO') =>
      PoseLandmarker.createFromOptions(vision, {
        baseOptions: { modelAssetPath: `/capture/models/pose_landmarker_${model}.task`, delegate },
        runningMode,
        numPoses: 1,
      });
    landmarker = await create('IMAGE');
    tracker = await create('VIDEO');
  },
  /** Moves the camera by up to `millimetres` in each direction and renders: a still scene's sensor noise. */
  shake(millimetres: number): void {
    const jitter = () => ((Math.random() * 2 - 1) * millimetres) / 1000;
    camera.position.set(CAMERA_AT.x + jitter(), CAMERA_AT.y + jitter(), CAMERA_AT.z + jitter());
    renderer.render(scene, camera);
  },
  /** Runs the video landmarker on the current picture as the frame at `time` (ms). */
  track(time: number): { image: unknown[]; world: unknown[]; ms: number } | null {
    if (!tracker) throw new Error('load the landmarker first');
    const started = performance.now();
    const result = tracker.detectForVideo(renderer.domElement, time);
    const ms = performance.now() - started;
    const image = result.landmarks[0];
    const world = result.worldLandmarks[0];
    return image && world ? { image, world, ms } : null;
  },
  /** Runs the pose landmarker on the current picture. */
  detect(): { image: unknown[]; world: unknown[]; ms: number } | null {
    if (!landmarker) throw new Error('load the landmarker first');
    const started = performance.now();
    const result = landmarker.detect(renderer.domElement);
    const ms = performance.now() - started;
    const image = result.landmarks[0];
    const world = result.worldLandmarks[0];
    return image && world ? { image, world, ms } : null;
  },
  /** Loads MediaPipe's hand and face landmarkers (the ones the product builds), for single pictures. */
  async loadHandsAndFace(): Promise<void> {
    const vision = await FilesetResolver.forVisionTasks('/modules/tasks-vision/wasm');
    const baseOptions = (file: string) => ({
      modelAssetPath: `/capture/models/${file}`,
      delegate: 'CPU' as const,
    });
    hands = await HandLandmarker.createFromOptions(vision, {
      baseOptions: baseOptions('hand_landmarker.task'),
      runningMode: 'IMAGE',
      numHands: 2,
    });
    face = await FaceLandmarker.createFromOptions(vision, {
      baseOptions: baseOptions('face_landmarker.task'),
      runningMode: 'IMAGE',
      numFaces: 1,
    });
  },
  /**
   * Runs the hand and face landmarkers on the picture, or on a square of it (pixels) scaled to 256 × 256
   * as the capture worker does. Hands: picture landmarks (of what was searched) and world landmarks.
   */
  handsAndFace(region?: { x: number; y: number; side: number }) {
    if (!hands || !face) throw new Error('load the hand and face landmarkers first');
    let source: HTMLCanvasElement = renderer.domElement;
    if (region) {
      crop.width = 256;
      crop.height = 256;
      const context = crop.getContext('2d')!;
      context.fillStyle = '#000';
      context.fillRect(0, 0, 256, 256);
      context.drawImage(source, region.x, region.y, region.side, region.side, 0, 0, 256, 256);
      source = crop;
    }
    const foundHands = hands.detect(source);
    return {
      hands: foundHands.landmarks.map((image, i) => ({ image, world: foundHands.worldLandmarks[i] ?? [] })),
      face: face.detect(source).faceLandmarks[0] ?? null,
    };
  },
  /** Sets the avatar's expressions (VRM names, 0..1; the rest as they were) and renders. */
  express(weights: Record<string, number>): void {
    if (!vrm) throw new Error('load an avatar first');
    for (const [name, weight] of Object.entries(weights)) vrm.expressionManager?.setValue(name, weight);
    vrm.update(0);
    renderer.render(scene, camera);
  },
};

(window as unknown as { lab: typeof lab }).lab = lab;
document.title = 'ready';
