import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { KNOWN_POSES } from '../accuracy/poses.ts';
import { syntheticDetection } from '../accuracy/synthetic-detection.ts';
import { STANDARD_RIG } from '../retarget/rig.ts';
import type { Detection } from './detection.ts';
import { POSE, type Landmark } from './landmarks.ts';
import { depthFromBoth, measureLimbs, refineLimbs } from './limb-depth.ts';

const DEG = Math.PI / 180;
const pose = (name: string) => KNOWN_POSES.find((p) => p.name === name)!.rotations;
type Pose = NonNullable<Detection['pose']>;
const shot = (name: string): Pose => syntheticDetection(STANDARD_RIG, pose(name)).pose!;

/** What MediaPipe does to depth, roughly: wrists pulled 8 cm towards the camera, ankles pushed 7 cm away. */
function likeMediaPipe(world: readonly Landmark[]): Landmark[] {
  const out = world.map((l) => ({ ...l }));
  for (const i of [POSE.leftWrist, POSE.rightWrist]) out[i]!.z -= 0.08;
  for (const i of [POSE.leftAnkle, POSE.rightAnkle]) out[i]!.z += 0.07;
  return out;
}
const bone = (world: readonly Landmark[], from: number, to: number) =>
  new Vector3(world[to]!.x - world[from]!.x, world[to]!.y - world[from]!.y, world[to]!.z - world[from]!.z);
const angle = (a: Vector3, b: Vector3) => a.angleTo(b) / DEG;

const standing = shot('arms down');
const limbs = measureLimbs(standing.image, likeMediaPipe(standing.world), standing.aspect);

describe('depth from the picture and the bone length', () => {
  it('keeps a bone in the picture plane when both witnesses say so', () => {
    expect(Math.abs(depthFromBoth(1, 0))).toBeLessThan(0.5 * DEG);
  });

  it('agrees with both when they agree', () => {
    expect(depthFromBoth(Math.cos(60 * DEG), 58 * DEG) / DEG).toBeCloseTo(59, -0.5);
  });

  it('trusts a strongly shortened bone over world landmarks that missed it, on its usual side', () => {
    const raised = depthFromBoth(Math.cos(70 * DEG), 2 * DEG, 1);
    expect(raised / DEG).toBeGreaterThan(60);
    // Turned away from the camera it would look as short: the usual side settles it...
    expect(depthFromBoth(Math.cos(70 * DEG), -2 * DEG, -1) / DEG).toBeLessThan(-60);
    // ...unless the world landmarks clearly say otherwise.
    expect(depthFromBoth(Math.cos(40 * DEG), -40 * DEG, 1) / DEG).toBeLessThan(-30);
  });

  it('keeps a shortened bone on its side while the world landmarks flicker across the picture', () => {
    // The full model on a still pose: the upper arm steadily shortened, its world depth swinging ±25°.
    let last: number | null = null;
    const angles = [14, -10, -24, 6, -21, -17, 24, -22].map((world) => {
      last = depthFromBoth(0.73, world * DEG, 1, last);
      return last / DEG;
    });
    expect(Math.min(...angles)).toBeGreaterThan(25);
    // Without the last frame to go on, the same readings flip it.
    expect(depthFromBoth(0.73, -24 * DEG, 1) / DEG).toBeLessThan(-25);
  });
});

describe('limbs rebuilt from the picture', () => {
  it('straightens an arm the world landmarks bend towards the camera', () => {
    const out = shot('arms out');
    const seen = likeMediaPipe(out.world);
    const refined = refineLimbs({ ...out, world: seen }, limbs).world;
    const truth = bone(out.world, POSE.leftElbow, POSE.leftWrist);
    expect(angle(bone(seen, POSE.leftElbow, POSE.leftWrist), truth)).toBeGreaterThan(15);
    expect(angle(bone(refined, POSE.leftElbow, POSE.leftWrist), truth)).toBeLessThan(4);
    // The calibrated lengths are kept, and the hand's points move with the wrist.
    expect(bone(refined, POSE.leftElbow, POSE.leftWrist).length()).toBeCloseTo(limbs.length[1]!, 5);
    const hand = (world: readonly Landmark[]) => bone(world, POSE.leftWrist, POSE.leftIndex);
    expect(angle(hand(refined), hand(seen))).toBeLessThan(0.01);
  });

  it('raises a knee the world landmarks left down, from how short the thigh looks', () => {
    const lifted = shot('knee lifted');
    const flat = likeMediaPipe(lifted.world);
    flat[POSE.leftKnee]!.z = flat[POSE.leftHip]!.z; // the thigh read as straight down
    const refined = refineLimbs({ ...lifted, world: flat }, limbs).world;
    const truth = bone(lifted.world, POSE.leftHip, POSE.leftKnee);
    expect(angle(bone(flat, POSE.leftHip, POSE.leftKnee), truth)).toBeGreaterThan(40);
    expect(angle(bone(refined, POSE.leftHip, POSE.leftKnee), truth)).toBeLessThan(15);
  });

  it('allows for the performer stepping back from the camera', () => {
    const far = syntheticDetection(STANDARD_RIG, pose('arms out'), { distance: 4 }).pose!;
    const refined = refineLimbs({ ...far, world: likeMediaPipe(far.world) }, limbs).world;
    const truth = bone(far.world, POSE.rightShoulder, POSE.rightElbow);
    expect(angle(bone(refined, POSE.rightShoulder, POSE.rightElbow), truth)).toBeLessThan(4);
  });

  it('leaves a bone the picture is unsure of as the world landmarks have it', () => {
    const out = shot('arms out');
    const seen = likeMediaPipe(out.world);
    const image = out.image.map((l, i) => (i === POSE.rightWrist ? { ...l, visibility: 0.1 } : l));
    const refined = refineLimbs({ ...out, image, world: seen }, limbs).world;
    const forearm = (world: readonly Landmark[]) => bone(world, POSE.rightElbow, POSE.rightWrist);
    expect(angle(forearm(refined), forearm(seen))).toBeLessThan(0.01);
  });

  it('passes a short set of landmarks through rather than failing', () => {
    const out = shot('arms out');
    const refined = refineLimbs(
      { ...out, image: out.image.slice(0, 20), world: out.world.slice(0, 20) },
      limbs,
    );
    expect(refined.world).toHaveLength(20);
  });
});
