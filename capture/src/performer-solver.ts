// One camera frame's detection to one avatar pose: smooth the landmarks, retarget the body, hands and
// face, and stand the avatar on the floor. Pure: the worker, the page and the tests all drive it.
import { type BodyBone, HAND_BONES } from '@prostudio/protocol';
import { Quaternion, type Vector3 } from 'three';
import { type Calibration, liftFromImage, NO_CALIBRATION } from './calibration.ts';
import { LandmarkSmoother } from './filter/landmark-smoother.ts';
import type { Detection, HandDetection } from './pose/detection.ts';
import { POSE } from './pose/landmarks.ts';
import { refineLimbs } from './pose/limb-depth.ts';
import { BodyRetargeter, toAvatarSpace, toBodyArray } from './retarget/body.ts';
import { faceWeightsArray, measureFace, weightsFromBlendshapes, weightsFromMesh } from './retarget/face.ts';
import { forwardKinematics } from './retarget/forward.ts';
import { handRotation, retargetFingers, type Side } from './retarget/hands.ts';
import { type RigRest, STANDARD_RIG } from './retarget/rig.ts';

export interface SolvedPose {
  /** BODY_BONES.length local rotations, x y z w each. */
  body: Float32Array;
  /** HAND_BONES.length local rotations once a hand has been seen, else null. */
  hands: Float32Array | null;
  /** FACE_EXPRESSIONS.length weights when a face was seen, else null. */
  face: Float32Array | null;
  /** Height of the hips above the floor, metres: feet on the floor unless really off it. */
  hipsHeight: number;
  /** Whether a person was in this frame. */
  tracked: boolean;
}

/** Feet leave the floor only past this much lift in the picture, metres: no hovering from noise. */
const JUMP_THRESHOLD = 0.06;
const FINGERS_PER_HAND = HAND_BONES.length / 2;
/** A frame further back than this is no guide to the limbs' depth now. */
const DEPTH_MEMORY_MS = 500;

export class PerformerSolver {
  private readonly smoother = LandmarkSmoother.forPose();
  private readonly body: BodyRetargeter;
  private readonly restLowest: number;
  private readonly rig: RigRest;
  private calibration: Calibration;
  private fingers: Float32Array | null = null;
  /** The limbs' angles out of the picture last frame, and when: the next frame's depth starts near them. */
  private depth: { angles: (number | null)[]; time: number } | null = null;

  constructor(rig: RigRest = STANDARD_RIG, calibration: Calibration = NO_CALIBRATION) {
    this.rig = rig;
    this.body = new BodyRetargeter(rig);
    this.calibration = calibration;
    this.restLowest = lowestFootPoint(forwardKinematics(rig, new Map()));
  }

  setCalibration(calibration: Calibration): void {
    this.calibration = calibration;
    this.depth = null;
  }

  solve(detection: Detection): SolvedPose {
    const tilt = new Quaternion(...this.calibration.tilt);
    const { pose } = detection;
    const limbs = this.calibration.limbs;
    const last = this.depth && detection.time - this.depth.time <= DEPTH_MEMORY_MS ? this.depth.angles : [];
    const refined = pose && limbs ? refineLimbs(pose, limbs, last) : null;
    if (refined) this.depth = { angles: refined.angles, time: detection.time };
    const smoothed = this.smoother.update(refined?.world ?? pose?.world, detection.time);
    const rotations = this.body.solve(toAvatarSpace(smoothed, tilt), {
      headPitch: this.calibration.headPitch,
      torsoRest: this.calibration.torso,
      landmarks: 'camera',
    });
    const placed = forwardKinematics(this.rig, rotations);

    for (const hand of detection.hands) {
      const side = hand.side ?? (detection.pose ? sideOf(hand, detection.pose.image) : null);
      if (!side) continue;
      const points = toAvatarSpace(hand.world, tilt).map((p) => p.position);
      const fingers = retargetFingers(points, side);
      if (!fingers) continue;
      this.fingers ??= restRotations(HAND_BONES.length);
      this.fingers.set(fingers, side === 'left' ? 0 : FINGERS_PER_HAND * 4);
      // The hand model sees the wrist's turn better than the pose model's three hand points.
      const world = handRotation(points, side);
      const forearm = placed.get(`${side}LowerArm`)?.rotation;
      if (world && forearm) rotations.set(`${side}Hand`, forearm.clone().invert().multiply(world));
    }

    let face: Float32Array | null = null;
    if (detection.face) {
      const { blendshapes, mesh } = detection.face;
      const shape = blendshapes ? null : measureFace(mesh);
      if (blendshapes) face = faceWeightsArray(weightsFromBlendshapes(new Map(Object.entries(blendshapes))));
      else if (shape) face = faceWeightsArray(weightsFromMesh(shape, this.calibration.face));
    }

    const lift = detection.pose ? liftFromImage(detection.pose.image, this.calibration) : 0;
    const drop = lowestFootPoint(placed) - this.restLowest;
    return {
      body: toBodyArray(rotations),
      hands: this.fingers ? this.fingers.slice() : null,
      face,
      hipsHeight: this.rig.hips[1] - drop + (lift > JUMP_THRESHOLD ? lift - JUMP_THRESHOLD : 0),
      tracked: detection.pose !== undefined,
    };
  }
}

/** Which of the performer's hands a detected hand is: the pose wrist nearest to its wrist. */
function sideOf(hand: HandDetection, image: readonly { x: number; y: number }[]): Side | null {
  const wrist = hand.image[0];
  const left = image[POSE.leftWrist];
  const right = image[POSE.rightWrist];
  if (!wrist || !left || !right) return null;
  const d = (p: { x: number; y: number }) => Math.hypot(p.x - wrist.x, p.y - wrist.y);
  return d(left) <= d(right) ? 'left' : 'right';
}

function lowestFootPoint(placed: ReadonlyMap<BodyBone, { position: Vector3 }>): number {
  const feet: BodyBone[] = ['leftFoot', 'leftToes', 'rightFoot', 'rightToes'];
  return Math.min(...feet.map((bone) => placed.get(bone)?.position.y ?? Infinity));
}

function restRotations(count: number): Float32Array {
  const out = new Float32Array(count * 4);
  for (let i = 3; i < out.length; i += 4) out[i] = 1;
  return out;
}
