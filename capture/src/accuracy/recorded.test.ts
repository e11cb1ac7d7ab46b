// The pipeline on real landmarks: what MediaPipe's lite pose model saw of the avatar in the thirteen
// known poses (recorded by the accuracy bench), calibrated on its A-pose, scored against the truth.
import { readFileSync } from 'node:fs';
import { BODY_BONES } from '@prostudio/protocol';
import { Quaternion } from 'three';
import { describe, expect, it } from 'vitest';
import { calibrate, type Calibration, CALIBRATION_FRAMES } from '../calibration.ts';
import { PerformerSolver } from '../performer-solver.ts';
import { KNOWN_POSES } from './poses.ts';
import { detectionOf, readRecording } from './recording.ts';
import { type GroupErrors, percentile, scorePose } from './score.ts';

const recorded = readRecording(readFileSync(new URL('./recorded/lite.json', import.meta.url), 'utf8'));
const MAIN = ['upper arms', 'lower arms', 'upper legs', 'lower legs'] as const;

function score(calibration: Calibration): Map<string, GroupErrors> {
  const errors = new Map<string, GroupErrors>();
  for (const pose of recorded.poses) {
    const truth = KNOWN_POSES.find((known) => known.name === pose.name)!.rotations;
    const solved = new PerformerSolver(recorded.rig, calibration).solve(detectionOf(recorded, pose, 0));
    const found = new Map(
      BODY_BONES.map((bone, i) => [bone, new Quaternion().fromArray(solved.body, i * 4)]),
    );
    scorePose(recorded.rig, truth, found, errors);
  }
  return errors;
}

const calibrated = calibrate(
  Array.from({ length: CALIBRATION_FRAMES }, (_, i) => detectionOf(recorded, recorded.still, i * 33)),
);
if (!calibrated.ok) throw new Error(calibrated.problem);
const ours = score(calibrated.calibration);
// The same pipeline taking MediaPipe's world landmarks as they come (the limbs and torso uncalibrated).
const worldAlone = score({ ...calibrated.calibration, limbs: null, torso: null });
const median = (errors: Map<string, GroupErrors>, group: string, kind: keyof GroupErrors) =>
  percentile(errors.get(group)![kind], 0.5);

describe('motion capture on recorded landmarks', () => {
  it('has every known pose recorded', () => {
    expect(recorded.poses.map((p) => p.name)).toEqual(KNOWN_POSES.map((p) => p.name));
  });

  it.each(MAIN)('points the %s within 8° (median)', (group) => {
    expect(median(ours, group, 'direction')).toBeLessThan(8);
  });

  it.each(MAIN)('turns the %s within 10° (median, twist included): the bar', (group) => {
    expect(median(ours, group, 'rotation')).toBeLessThan(10);
  });

  it('does better than the world landmarks alone where they were worst', () => {
    // Forearms came back bent 25° towards the camera, thighs and shins leaning.
    for (const group of ['lower arms', 'upper legs', 'lower legs']) {
      expect(median(ours, group, 'rotation')).toBeLessThan(0.7 * median(worldAlone, group, 'rotation'));
    }
  });
});
