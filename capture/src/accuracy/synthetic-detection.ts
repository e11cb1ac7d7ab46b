// A detection as a perfect landmarker would report a rig in a known pose, seen by a pinhole camera:
// world landmarks about the hips in camera axes, image landmarks projected. For tests and benchmarks
// of everything after inference.
import type { BodyBone } from '@prostudio/protocol';
import { Quaternion, Vector3 } from 'three';
import type { Detection } from '../pose/detection.ts';
import { POSE } from '../pose/landmarks.ts';
import type { RigRest } from '../retarget/rig.ts';
import { landmarksOfPose } from '../retarget/landmarks-of-pose.ts';

export interface Shot {
  /** How far the performer's hips are above where they stand at rest, metres (a jump). */
  lift?: number;
  /** The camera pitched down by this much, radians. */
  cameraPitch?: number;
  /** Distance from the camera, metres. */
  distance?: number;
  time?: number;
  /** Gaussian-ish noise added to each world coordinate, metres. */
  noise?: () => number;
}

const FEET = [
  POSE.leftAnkle,
  POSE.rightAnkle,
  POSE.leftHeel,
  POSE.rightHeel,
  POSE.leftFootIndex,
  POSE.rightFootIndex,
];
const FOCAL = 1.2; // in image heights: a webcam's ~45° vertical field of view

export function syntheticDetection(
  rig: RigRest,
  rotations: ReadonlyMap<BodyBone, Quaternion>,
  { lift = 0, cameraPitch = 0, distance = 3, time = 0, noise }: Shot = {},
): Detection {
  const world = landmarksOfPose(rig, rotations);
  // Stand the body with its lowest foot point where it is at rest (plus the lift), as a person would.
  const lowest = (landmarks: readonly { y: number }[]) => Math.max(...FEET.map((i) => landmarks[i]!.y)); // y is down
  const hipsHeight = rig.hips[1] + lowest(world) - lowest(landmarksOfPose(rig, new Map())) + lift;
  // The camera at 1.2 m, pitched down; its axes: x right, y down, z away.
  const pitch = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), cameraPitch);
  const hips = new Vector3(0, hipsHeight - 1.2, -distance);
  const cameraWorld = world.map((l) => {
    // Avatar space to camera space: x stays, y and z turn over; then the pitch.
    const p = new Vector3(l.x, -l.y, -l.z).add(hips);
    const c = new Vector3(p.x, -p.y, -p.z).applyQuaternion(pitch);
    return c;
  });
  const centre = cameraWorld[POSE.leftHip]!.clone().add(cameraWorld[POSE.rightHip]!).multiplyScalar(0.5);
  const jitter = () => (noise ? noise() : 0);
  return {
    time,
    pose: {
      world: cameraWorld.map((c) => ({
        x: c.x - centre.x + jitter(),
        y: c.y - centre.y + jitter(),
        z: c.z - centre.z + jitter(),
        visibility: 1,
      })),
      image: cameraWorld.map((c) => ({
        x: 0.5 + (FOCAL * c.x) / c.z / (4 / 3),
        y: 0.5 + (FOCAL * c.y) / c.z,
        z: 0,
        visibility: 1,
      })),
      aspect: 4 / 3,
    },
    hands: [],
    inferenceMs: 0,
  };
}
