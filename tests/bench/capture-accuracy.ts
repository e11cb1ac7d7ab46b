// How well motion capture recovers a pose, against ground truth: the project's avatar is rendered in
// known poses (arms, legs, torso twist, crouch) with three.js in Chromium, MediaPipe's pose landmarker
// runs on each picture, and the capture pipeline (calibration, filtering, retargeting) turns the
// landmarks into bone rotations, compared with the ones the avatar was posed in. Also: inference time
// per model, and the pipeline's own time per frame next to the pose codec's (the baseline).
//
//   npm run build && node tests/bench/capture-accuracy.ts          # MODELS=lite,full,heavy
import {
  KNOWN_POSES,
  JOINT_GROUPS,
  type RecordedPose,
  recording,
  type GroupErrors,
  percentile,
  scorePose,
  syntheticDetection,
  calibrate,
  CALIBRATION_FRAMES,
  PerformerSolver,
  type Detection,
  type Landmark,
  angleBetween,
} from '@prostudio/capture/accuracy';
import { BODY_BONES, type BodyBone, encodePose, restPose } from '@prostudio/protocol';
import { writeFile } from 'node:fs/promises';
import { Quaternion } from 'three';
import { startAvatarLab } from '../support/avatar-lab/server.ts';
import { launchChromium } from '../support/browser.ts';

const MODELS = (process.env.MODELS ?? 'lite,full,heavy').split(',');
const AVATAR = process.env.AVATAR ?? 'ada.vrm';

interface Lab {
  load(file: string): Promise<void>;
  rig(bones: readonly string[]): Record<string, number[]>;
  pose(rotations: Record<string, number[]>): void;
  loadLandmarker(model: string, delegate?: 'CPU' | 'GPU'): Promise<void>;
  detect(): { image: Landmark[]; world: Landmark[]; ms: number } | null;
  shake(millimetres: number): void;
  track(time: number): { image: Landmark[]; world: Landmark[]; ms: number } | null;
}
declare const lab: Lab;

const median = (values: number[]) => percentile(values, 0.5);

const labServer = await startAvatarLab();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
await page.goto(labServer.url);
await page.waitForFunction(() => document.title === 'ready');
await page.evaluate((file) => lab.load(file), AVATAR);
const rest = await page.evaluate((bones) => lab.rig(bones), [...BODY_BONES]);
const rig = {} as Record<BodyBone, [number, number, number]>;
for (const bone of BODY_BONES) {
  const [x = 0, y = 0, z = 0] = rest[bone] ?? [];
  rig[bone] = [x, y, z];
}

const asArrays = (rotations: ReadonlyMap<BodyBone, Quaternion>) =>
  Object.fromEntries([...rotations].map(([bone, q]) => [bone, q.toArray()]));
const armsDown = KNOWN_POSES.find((pose) => pose.name === 'arms down')!.rotations;

console.log(`capture accuracy: ${AVATAR}, ${KNOWN_POSES.length} poses, models ${MODELS.join(', ')}\n`);
for (const model of MODELS) {
  await page.evaluate((name) => lab.loadLandmarker(name), model);
  const detect = async (
    rotations: ReadonlyMap<BodyBone, Quaternion>,
    time: number,
  ): Promise<Detection | null> => {
    await page.evaluate((r) => lab.pose(r), asArrays(rotations));
    const found = await page.evaluate(() => lab.detect());
    return found
      ? {
          time,
          pose: { image: found.image, world: found.world, aspect: 640 / 480 },
          hands: [],
          inferenceMs: found.ms,
        }
      : null;
  };
  // Calibration: the A-pose, held.
  const still: Detection[] = [];
  for (let i = 0; i < CALIBRATION_FRAMES; i++) {
    const detection = await detect(armsDown, i * 33);
    if (detection) still.push(detection);
  }
  const calibration = calibrate(still);
  if (!calibration.ok) throw new Error(`calibration failed: ${calibration.problem}`);
  const recorded: RecordedPose[] = [];
  const errors = new Map<string, GroupErrors>();
  // The baseline, in the same run: the world landmarks as they come (limbs and torso uncalibrated).
  const worldAlone = new Map<string, GroupErrors>();
  const uncalibrated = { ...calibration.calibration, limbs: null, torso: null };
  const inference: number[] = still.map((d) => d.inferenceMs);
  const missed: string[] = [];
  for (const pose of KNOWN_POSES) {
    const detection = await detect(pose.rotations, 0);
    if (!detection?.pose) {
      missed.push(pose.name);
      continue;
    }
    inference.push(detection.inferenceMs);
    recorded.push({ name: pose.name, image: detection.pose.image, world: detection.pose.world });
    const solved = new PerformerSolver(rig, calibration.calibration).solve(detection);
    const found = new Map(
      BODY_BONES.map((bone, i) => [bone, new Quaternion().fromArray(solved.body, i * 4)]),
    );
    scorePose(rig, pose.rotations, found, errors);
    const plain = new PerformerSolver(rig, uncalibrated).solve(detection);
    scorePose(
      rig,
      pose.rotations,
      new Map(BODY_BONES.map((bone, i) => [bone, new Quaternion().fromArray(plain.body, i * 4)])),
      worldAlone,
    );
    if (process.env.VERBOSE) {
      const mine = new Map<string, GroupErrors>();
      scorePose(rig, pose.rotations, found, mine);
      const worst = [...mine].map(
        ([group, e]) => `${group} ${e.rotation.map((d) => d.toFixed(0)).join('/')}°`,
      );
      console.log(`  ${pose.name}: ${worst.join(', ')}`);
    }
  }
  // RECORD=capture/src/accuracy/recorded keeps the landmarks for the test that replays them.
  if (process.env.RECORD && still[0]?.pose) {
    const file = `${process.env.RECORD}/${model}.json`;
    await writeFile(
      file,
      recording({ model, avatar: AVATAR, rig, aspect: 640 / 480, still: still[0].pose, poses: recorded }),
    );
  }
  console.log(`model ${model}: inference median ${median(inference).toFixed(1)} ms/frame (IMAGE mode, CPU)`);
  if (missed.length > 0) console.log(`  nobody found in: ${missed.join(', ')}`);
  console.log(
    '  | joints | rotation median | rotation p90 | direction median | direction p90 | world landmarks alone: rotation median |',
  );
  console.log('  | --- | --- | --- | --- | --- | --- |');
  for (const [group, { rotation: full, direction }] of errors) {
    const fmt = (values: number[], p: number) =>
      values.length ? `${percentile(values, p).toFixed(1)}°` : '—';
    const base = worldAlone.get(group)?.rotation ?? [];
    console.log(
      `  | ${group} | ${fmt(full, 0.5)} | ${fmt(full, 0.9)} | ${fmt(direction, 0.5)} | ${fmt(direction, 0.9)} | ${fmt(base, 0.5)} |`,
    );
  }
  // Jitter: a still pose filmed for 3 s at 30 fps by a camera shaking by up to 2 mm (sensor noise), tracked
  // as video; how far each main bone turns from one frame to the next, before and after smoothing.
  const jitter = { raw: [] as number[], smoothed: [] as number[] };
  const held = KNOWN_POSES.find((p) => p.name === 'elbows bent forward')!.rotations;
  await page.evaluate((r) => lab.pose(r), asArrays(held));
  const smoothed = new PerformerSolver(rig, calibration.calibration);
  let previous: { raw: Float32Array; smoothed: Float32Array } | null = null;
  const tracking = { CPU: [] as number[], GPU: [] as number[] };
  let lastFound: Landmark[] = [];
  const MAIN: readonly BodyBone[] = Object.values(JOINT_GROUPS)
    .flat()
    .filter((bone) => bone.endsWith('Arm') || bone.endsWith('Leg'));
  for (let i = 0; i < 90; i++) {
    await page.evaluate(() => lab.shake(2));
    const found = await page.evaluate((t) => lab.track(t), i * 33);
    if (!found) continue;
    tracking.CPU.push(found.ms);
    lastFound = found.image;
    const detection: Detection = {
      time: i * 33,
      pose: { image: found.image, world: found.world, aspect: 640 / 480 },
      hands: [],
      inferenceMs: found.ms,
    };
    const now = {
      // A fresh solver each frame: the same pipeline without the filter's memory.
      raw: new PerformerSolver(rig, calibration.calibration).solve(detection).body,
      smoothed: smoothed.solve(detection).body,
    };
    if (previous && i > 15) {
      for (const bone of MAIN) {
        const b = BODY_BONES.indexOf(bone);
        for (const kind of ['raw', 'smoothed'] as const) {
          jitter[kind].push(
            angleBetween(
              new Quaternion().fromArray(now[kind], b * 4),
              new Quaternion().fromArray(previous[kind], b * 4),
            ),
          );
        }
      }
    }
    previous = now;
  }
  console.log(
    `  jitter on a still pose (main arm and leg bones, frame to frame): median ${median(jitter.raw).toFixed(2)}° ` +
      `raw, ${median(jitter.smoothed).toFixed(2)}° smoothed; p90 ${percentile(jitter.raw, 0.9).toFixed(2)}° raw, ` +
      `${percentile(jitter.smoothed, 0.9).toFixed(2)}° smoothed`,
  );
  // MediaPipe's GPU delegate on the same still pose, tracked as video: what "Runs on: Graphics card"
  // costs where WebGL is drawn in software (as here), against the processor's time above, and how far
  // its landmarks fall from the processor's (pixels of the 640×480 picture, mean of the 33).
  await page.evaluate((name) => lab.loadLandmarker(name, 'GPU'), model);
  const apart: number[] = [];
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => lab.shake(2));
    const found = await page.evaluate((t) => lab.track(t), i * 33);
    if (!found) continue;
    tracking.GPU.push(found.ms);
    const offsets = found.image.map((mark, j) => {
      const cpu = lastFound[j];
      return cpu ? Math.hypot((mark.x - cpu.x) * 640, (mark.y - cpu.y) * 480) : Number.NaN;
    });
    apart.push(offsets.reduce((sum, d) => sum + d, 0) / offsets.length);
  }
  console.log(
    `  tracking (VIDEO mode) median: ${median(tracking.CPU).toFixed(1)} ms on the CPU, ` +
      `${median(tracking.GPU).toFixed(1)} ms on the GPU delegate (software GL here: ` +
      `${(median(tracking.GPU) / median(tracking.CPU)).toFixed(1)}× the CPU); landmarks ${median(apart).toFixed(1)} px ` +
      `from the CPU's`,
  );
  console.log('');
}

// The pipeline's own cost per frame (depth, smoothing, retargeting, grounding), calibrated, next to
// encoding a frame.
const frames = KNOWN_POSES.map((pose, i) => syntheticDetection(rig, pose.rotations, { time: i * 33 }));
const standing = calibrate(
  Array.from({ length: CALIBRATION_FRAMES }, (_, i) => syntheticDetection(rig, armsDown, { time: i * 33 })),
);
if (!standing.ok) throw new Error(standing.problem);
const solver = new PerformerSolver(rig, standing.calibration);
const ROUNDS = 3000;
let started = performance.now();
for (let i = 0; i < ROUNDS; i++) solver.solve({ ...frames[i % frames.length]!, time: i * 33 });
const solveUs = ((performance.now() - started) / ROUNDS) * 1000;
const frame = restPose([0, 0.95, 0]);
started = performance.now();
for (let i = 0; i < ROUNDS; i++) encodePose(frame);
const encodeUs = ((performance.now() - started) / ROUNDS) * 1000;
console.log(
  `depth + filter + retarget + ground: ${solveUs.toFixed(0)} µs/frame; encode: ${encodeUs.toFixed(1)} µs/frame (${(solveUs / encodeUs).toFixed(0)}x)`,
);

await browser.close();
await labServer.close();
