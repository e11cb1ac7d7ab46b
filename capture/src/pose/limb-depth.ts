// Limbs rebuilt from the picture, with depth that keeps each bone its length. MediaPipe's picture
// landmarks sit on the joints, but its world landmarks (metres) are weakest in depth: a straight arm
// seen from the front comes back bent 20-30° towards the camera, a shin leans away, a thigh raised
// towards the camera can read as hanging. So each limb bone takes its direction across the picture
// from the picture landmarks, its length from calibration, and its angle out of the picture's plane
// from two witnesses: the world landmarks less what they showed in the A-pose (where limbs lie in that
// plane: this takes off their steady bias), and how much shorter the bone looks than it did then (a
// bone turned towards the camera by φ looks cos φ as long: weak near the plane, strong far from it).
// Pure: calibration measures, each frame is refined before smoothing.
import { POSE, type Landmark } from './landmarks.ts';

interface LimbBone {
  from: number;
  to: number;
  /** Landmarks carried along with `to` (the hand's points with the wrist, the foot's with the ankle). */
  carried: readonly number[];
  /** Which way out of the picture the bone usually turns, standing square to it: +1 towards the camera. */
  usual: 1 | -1;
}

/** The eight limb bones, root to tip within each limb. */
export const LIMB_BONES: readonly LimbBone[] = (['left', 'right'] as const).flatMap((side) => {
  const at = (name: string) => POSE[`${side}${name}` as keyof typeof POSE];
  return [
    { from: at('Shoulder'), to: at('Elbow'), carried: [], usual: 1 },
    { from: at('Elbow'), to: at('Wrist'), carried: [at('Index'), at('Pinky'), at('Thumb')], usual: 1 },
    { from: at('Hip'), to: at('Knee'), carried: [], usual: 1 },
    { from: at('Knee'), to: at('Ankle'), carried: [at('Heel'), at('FootIndex')], usual: -1 },
  ];
});

/** What the A-pose showed of each limb bone, in LIMB_BONES order. */
export interface LimbCalibration {
  /** Length across the picture, in picture heights. */
  pictureLength: number[];
  /** Length in the world landmarks, metres. */
  length: number[];
  /** The world landmarks' angle out of the picture's plane, radians, + towards the camera. */
  depthBias: number[];
  /** The shoulders' width across the picture, picture heights: how near the performer was. */
  shoulders: number;
}

/** A picture landmark below this visibility does not steer its bone. */
const MIN_VISIBILITY = 0.5;
/** How far a bone's apparent length strays by itself (noise, perspective), as a fraction of its length. */
const LENGTH_SPREAD = 0.08;
/** How far the world landmarks' depth angle strays once their A-pose bias is taken off, radians. */
const DEPTH_SPREAD = (8 * Math.PI) / 180;
/** How often the world landmarks' depth is simply wrong (a thigh raised 80° read as 5°): caps their cost. */
const DEPTH_WRONG = 0.05;
/** How far a bone turns against its usual way before that costs as much as one spread of the length. */
const UNUSUAL = (30 * Math.PI) / 180;
/**
 * How far a bone's angle may stray from the last frame's at no great cost: loose enough for a fast
 * swing, firm enough that world landmarks flickering in depth (the full model's swing ±25° on a still
 * pose) cannot flip a shortened bone from one side of the picture to the other.
 */
const FRAME_TO_FRAME = (30 * Math.PI) / 180;

type Picture = readonly Landmark[];

const across = (image: Picture, aspect: number, from: number, to: number) => {
  const a = image[from]!;
  const b = image[to]!;
  return { x: (b.x - a.x) * aspect, y: b.y - a.y };
};

/**
 * The shoulders' width across the picture, picture heights: how near the performer is. (The torso's
 * length misleads more: raised arms lift the shoulder points, and the hip points wander.)
 */
function shoulderWidth(image: Picture, aspect: number): number {
  const left = image[POSE.leftShoulder]!;
  const right = image[POSE.rightShoulder]!;
  return Math.hypot((left.x - right.x) * aspect, left.y - right.y);
}

/** Angle of from→to out of the picture's plane in world landmarks (y down, z away), + towards the camera. */
function depthAngle(world: Picture, from: number, to: number): number {
  const a = world[from]!;
  const b = world[to]!;
  return Math.atan2(a.z - b.z, Math.hypot(b.x - a.x, b.y - a.y));
}

/** One A-pose frame's limbs; calibration takes the median of many. */
export function measureLimbs(image: Picture, world: Picture, aspect: number): LimbCalibration {
  return {
    pictureLength: LIMB_BONES.map(({ from, to }) => {
      const { x, y } = across(image, aspect, from, to);
      return Math.hypot(x, y);
    }),
    length: LIMB_BONES.map(({ from, to }) => {
      const a = world[from]!;
      const b = world[to]!;
      return Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
    }),
    depthBias: LIMB_BONES.map(({ from, to }) => depthAngle(world, from, to)),
    shoulders: shoulderWidth(image, aspect),
  };
}

/**
 * The angle out of the picture's plane, radians (+ towards the camera), that best agrees with the
 * bone's `shortening` (its length across the picture over its length there in the A-pose) and with the
 * world landmarks' angle less their A-pose bias: the least cost over both, each weighed by how far it
 * strays, the world's capped (it can be simply wrong) and a small cost for turning against the bone's
 * `usual` way (+1 towards the camera, -1 away, 0 none), which settles which side a shortened bone is on
 * when the world landmarks cannot tell; and, given the bone's `last` angle a frame ago, a cost for
 * straying from it.
 */
export function depthFromBoth(
  shortening: number,
  worldAngle: number,
  usual: -1 | 0 | 1 = 0,
  last: number | null = null,
): number {
  const cost = (angle: number) =>
    ((shortening - Math.cos(angle)) / LENGTH_SPREAD) ** 2 -
    2 * Math.log(Math.exp(-0.5 * ((angle - worldAngle) / DEPTH_SPREAD) ** 2) + DEPTH_WRONG) +
    (Math.max(0, -usual * angle) / UNUSUAL) ** 2 +
    (last === null ? 0 : ((angle - last) / FRAME_TO_FRAME) ** 2);
  // A whole-degree sweep finds the basin (the cost can have one each side of the picture's plane),
  // tenths refine it.
  const DEG = Math.PI / 180;
  let best = 0;
  let bestCost = Infinity;
  const consider = (angle: number) => {
    const c = cost(angle);
    if (c < bestCost) [best, bestCost] = [angle, c];
  };
  for (let d = -90; d <= 90; d += 1) consider(d * DEG);
  const coarse = best;
  for (let d = -1; d <= 1; d += 0.1) consider(coarse + d * DEG);
  return best;
}

export interface RefinedLimbs {
  world: Landmark[];
  /** Each limb bone's angle out of the picture's plane (LIMB_BONES order), null where left as it was. */
  angles: (number | null)[];
}

/**
 * World landmarks with each limb rebuilt: direction across the picture, calibrated length, depth from
 * `depthFromBoth` (given the `last` frame's angles, when there was one just before). Bones whose
 * picture landmarks are unsure keep the world landmarks' shape.
 */
export function refineLimbs(
  pose: { image: Picture; world: Picture; aspect: number },
  limbs: LimbCalibration,
  last: readonly (number | null)[] = [],
): RefinedLimbs {
  const { image, world, aspect } = pose;
  const out = world.map((l) => ({ ...l }));
  const angles: (number | null)[] = LIMB_BONES.map(() => null);
  const sure = (i: number) => {
    const landmark = image[i];
    return landmark !== undefined && (landmark.visibility ?? 1) >= MIN_VISIBILITY;
  };
  const shouldersSure = sure(POSE.leftShoulder) && sure(POSE.rightShoulder);
  const nearer = shouldersSure && limbs.shoulders > 0 ? shoulderWidth(image, aspect) / limbs.shoulders : 1;
  LIMB_BONES.forEach(({ from, to, carried, usual }, i) => {
    const was = out[to];
    const start = out[from];
    if (!was || !start) return; // a short set of landmarks: nothing to rebuild
    let offset: { x: number; y: number; z: number };
    if (sure(from) && sure(to) && (limbs.pictureLength[i] ?? 0) > 0) {
      const { x, y } = across(image, aspect, from, to);
      const seen = Math.hypot(x, y);
      const length = limbs.length[i]!;
      const angle = depthFromBoth(
        seen / nearer / limbs.pictureLength[i]!,
        depthAngle(world, from, to) - limbs.depthBias[i]!,
        usual,
        last[i] ?? null,
      );
      angles[i] = angle;
      const flat = seen > 0 ? (length * Math.cos(angle)) / seen : 0;
      offset = { x: x * flat, y: y * flat, z: -length * Math.sin(angle) };
    } else {
      offset = {
        x: world[to]!.x - world[from]!.x,
        y: world[to]!.y - world[from]!.y,
        z: world[to]!.z - world[from]!.z,
      };
    }
    const moved = { ...was, x: start.x + offset.x, y: start.y + offset.y, z: start.z + offset.z };
    out[to] = moved;
    for (const c of carried) {
      const point = out[c];
      if (!point) continue;
      out[c] = {
        ...point,
        x: point.x + moved.x - was.x,
        y: point.y + moved.y - was.y,
        z: point.z + moved.z - was.z,
      };
    }
  });
  return { world: out, angles };
}
