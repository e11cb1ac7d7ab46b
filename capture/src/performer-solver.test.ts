import { BODY_BONES, HAND_BONES } from '@prostudio/protocol';
import { Quaternion } from 'three';
import { describe, expect, it } from 'vitest';
import { KNOWN_POSES } from './accuracy/poses.ts';
import { syntheticDetection } from './accuracy/synthetic-detection.ts';
import { calibrate, CALIBRATION_FRAMES, frameProblem } from './calibration.ts';
import { PerformerSolver } from './performer-solver.ts';
import { type Landmark, POSE } from './pose/landmarks.ts';
import { angleBetween } from './retarget/frames.ts';
import { STANDARD_RIG } from './retarget/rig.ts';

const pose = (name: string) => KNOWN_POSES.find((p) => p.name === name)!.rotations;
const FRAME_MS = 1000 / 30;

/** Deterministic noise, roughly normal with the given spread (metres). */
function noise(sigma: number, seed = 3): () => number {
  let state = seed;
  const uniform = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  return () => ((uniform() + uniform() + uniform()) / 1.73) * sigma * 1.73;
}

function calibrated(cameraPitch = 0) {
  const frames = Array.from({ length: CALIBRATION_FRAMES }, (_, i) =>
    syntheticDetection(STANDARD_RIG, pose('arms down'), { cameraPitch, time: i * FRAME_MS }),
  );
  const result = calibrate(frames);
  if (!result.ok) throw new Error(result.problem);
  return result.calibration;
}

describe('performer solver', () => {
  it('keeps the standing foot on the floor when a knee is lifted', () => {
    const solver = new PerformerSolver(STANDARD_RIG, calibrated());
    const standing = solver.solve(syntheticDetection(STANDARD_RIG, pose('arms down')));
    const lifted = solver.solve(syntheticDetection(STANDARD_RIG, pose('knee lifted'), { time: 33 }));
    expect(standing.hipsHeight).toBeCloseTo(STANDARD_RIG.hips[1], 2);
    expect(lifted.hipsHeight).toBeCloseTo(STANDARD_RIG.hips[1], 2);
  });

  it('lowers the hips in a crouch so the feet stay down', () => {
    const solver = new PerformerSolver(STANDARD_RIG, calibrated());
    const crouch = solver.solve(syntheticDetection(STANDARD_RIG, pose('crouch')));
    expect(crouch.hipsHeight).toBeLessThan(STANDARD_RIG.hips[1] - 0.25);
  });

  it('leaves the floor only for a real jump', () => {
    const calibration = calibrated();
    const at = (lift: number) =>
      new PerformerSolver(STANDARD_RIG, calibration).solve(
        syntheticDetection(STANDARD_RIG, pose('arms down'), { lift }),
      ).hipsHeight - STANDARD_RIG.hips[1];
    expect(at(0.03)).toBeCloseTo(0, 3);
    expect(at(0.3)).toBeGreaterThan(0.18);
    expect(at(0.3)).toBeLessThan(0.32);
  });

  it('undoes a camera pitched down by 20 degrees', () => {
    const pitch = (20 * Math.PI) / 180;
    const detection = syntheticDetection(STANDARD_RIG, pose('torso twist'), { cameraPitch: pitch });
    const tilted = new PerformerSolver(STANDARD_RIG).solve(detection);
    const level = new PerformerSolver(STANDARD_RIG, calibrated(pitch)).solve(detection);
    const hips = (body: Float32Array) => new Quaternion().fromArray(body, 0);
    expect(angleBetween(hips(tilted.body), new Quaternion())).toBeGreaterThan(15);
    expect(angleBetween(hips(level.body), new Quaternion())).toBeLessThan(1);
  });

  it('holds a still pose to under a degree of jitter with 5 mm of landmark noise', () => {
    const solver = new PerformerSolver(STANDARD_RIG, calibrated());
    const next = noise(0.005);
    let previous: Float32Array | null = null;
    const steps: number[] = [];
    for (let i = 0; i < 120; i++) {
      const detection = syntheticDetection(STANDARD_RIG, pose('elbows bent forward'), {
        time: i * FRAME_MS,
        noise: next,
      });
      const { body } = solver.solve(detection);
      if (previous && i > 30) {
        for (let b = 0; b < BODY_BONES.length; b++) {
          steps.push(
            angleBetween(
              new Quaternion().fromArray(body, b * 4),
              new Quaternion().fromArray(previous, b * 4),
            ),
          );
        }
      }
      previous = body;
    }
    steps.sort((a, b) => a - b);
    const median = steps[Math.floor(steps.length / 2)]!;
    expect(median).toBeLessThan(1);
  });
});

describe('calibration', () => {
  it("drives the fingers of the hand it was told, wherever that hand's wrist is", () => {
    // A hand with every finger bent 40° at each joint (camera axes, metres about the wrist)...
    const bent = (angle: number, k: number) => ({
      x: -0.03 * Math.cos(angle * k),
      y: 0.03 * Math.sin(angle * k),
      z: 0,
    });
    const world: Landmark[] = [{ x: 0, y: 0, z: 0 }];
    for (let finger = 0; finger < 5; finger++) {
      let at = { x: -0.08, y: 0, z: -0.03 + finger * 0.015 };
      for (let joint = 0; joint < 4; joint++) {
        world.push({ ...at });
        const step = bent((40 * Math.PI) / 180, joint + 1);
        at = { x: at.x + step.x, y: at.y + step.y, z: at.z };
      }
    }
    const detection = syntheticDetection(STANDARD_RIG, pose('arms down'), { time: 0 });
    // ...found in the square around the performer's left hand, though it lies nearer the right wrist.
    const rightWrist = detection.pose!.image[POSE.rightWrist]!;
    detection.hands.push({ world, image: world.map(() => ({ ...rightWrist })), side: 'left' });
    const { hands } = new PerformerSolver(STANDARD_RIG, calibrated()).solve(detection);
    const turn = (i: number) => angleBetween(new Quaternion().fromArray(hands!, i * 4), new Quaternion());
    const perHand = HAND_BONES.length / 2;
    const left = Array.from({ length: perHand }, (_, i) => turn(i));
    const right = Array.from({ length: perHand }, (_, i) => turn(perHand + i));
    expect(Math.max(...left)).toBeGreaterThan(20);
    expect(Math.max(...right)).toBeLessThan(1e-3);
  });

  it('asks for the whole body when the feet are out of view', () => {
    const detection = syntheticDetection(STANDARD_RIG, pose('arms down'));
    detection.pose!.image[27]!.visibility = 0.1;
    expect(frameProblem(detection)).toMatch(/head to feet/);
  });
  it('asks for arms down, not raised', () => {
    expect(frameProblem(syntheticDetection(STANDARD_RIG, pose('arms down')))).toBeNull();
    expect(frameProblem(syntheticDetection(STANDARD_RIG, pose('right hand waving')))).toMatch(/A-pose/);
  });
  it('needs enough good frames', () => {
    const result = calibrate([syntheticDetection(STANDARD_RIG, pose('arms down'))]);
    expect(result).toEqual({ ok: false, problem: 'Hold still a moment longer.' });
  });

  it('takes the calibration pose as upright, whatever lean the landmarks give it', () => {
    // Landmarks that lean the torso back 10°, in every frame: the shoulders pushed away from the camera.
    const leaning = (name: string, time = 0) => {
      const detection = syntheticDetection(STANDARD_RIG, pose(name), { time });
      for (const i of [POSE.leftShoulder, POSE.rightShoulder, POSE.leftElbow, POSE.rightElbow]) {
        detection.pose!.world[i]!.z += 0.08;
      }
      for (const i of [POSE.leftWrist, POSE.rightWrist]) detection.pose!.world[i]!.z += 0.08;
      return detection;
    };
    const frames = Array.from({ length: CALIBRATION_FRAMES }, (_, i) => leaning('arms down', i * FRAME_MS));
    const result = calibrate(frames);
    if (!result.ok) throw new Error(result.problem);
    const hips = (solved: { body: Float32Array }) =>
      angleBetween(new Quaternion().fromArray(solved.body, BODY_BONES.indexOf('hips') * 4), new Quaternion());
    expect(hips(new PerformerSolver(STANDARD_RIG).solve(leaning('arms down')))).toBeGreaterThan(8);
    expect(
      hips(new PerformerSolver(STANDARD_RIG, result.calibration).solve(leaning('arms down'))),
    ).toBeLessThan(1);
  });
});
