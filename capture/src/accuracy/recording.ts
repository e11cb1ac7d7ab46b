// Real landmarker output kept on disk: what MediaPipe's pose landmarker saw of the project's avatar in
// the calibration pose and in each known pose (written by tests/bench/capture-accuracy.ts with RECORD=),
// so everything after inference can be checked against real landmarks in Node, in milliseconds.
import type { Detection } from '../pose/detection.ts';
import type { Landmark } from '../pose/landmarks.ts';
import type { RigRest } from '../retarget/rig.ts';

export interface RecordedPose {
  name: string;
  image: Landmark[];
  world: Landmark[];
}

export interface Recording {
  model: string;
  avatar: string;
  /** The avatar's rest pose, as the bench read it. */
  rig: RigRest;
  /** The picture's width over its height. */
  aspect: number;
  /** One frame of the A-pose held for calibration (a still picture gives the same landmarks each frame). */
  still: Omit<RecordedPose, 'name'>;
  poses: RecordedPose[];
}

type Packed = [number, number, number, number];
const ABOUT =
  'MediaPipe pose landmarks of the avatar rendered in known poses (tests/bench/capture-accuracy.ts, RECORD=): [x, y, z, visibility]';

const pack = (landmarks: readonly Landmark[]): Packed[] =>
  landmarks.map((l) => [l.x, l.y, l.z, l.visibility ?? 1].map((v) => Math.round(v * 1e4) / 1e4) as Packed);
const unpack = (packed: readonly Packed[]): Landmark[] =>
  packed.map(([x, y, z, visibility]) => ({ x, y, z, visibility }));

/** The recording as the JSON kept in the repository: four decimals (a tenth of a millimetre). */
export function recording(r: Recording): string {
  const side = (p: Omit<RecordedPose, 'name'>) => ({ image: pack(p.image), world: pack(p.world) });
  return `${JSON.stringify({
    about: ABOUT,
    ...r,
    still: side(r.still),
    poses: r.poses.map((p) => ({ name: p.name, ...side(p) })),
  })}\n`;
}

export function readRecording(json: string): Recording {
  const raw = JSON.parse(json) as Omit<Recording, 'still' | 'poses'> & {
    still: { image: Packed[]; world: Packed[] };
    poses: { name: string; image: Packed[]; world: Packed[] }[];
  };
  const side = (p: { image: Packed[]; world: Packed[] }) => ({
    image: unpack(p.image),
    world: unpack(p.world),
  });
  return {
    model: raw.model,
    avatar: raw.avatar,
    rig: raw.rig,
    aspect: raw.aspect,
    still: side(raw.still),
    poses: raw.poses.map((p) => ({ name: p.name, ...side(p) })),
  };
}

/** A recorded picture as the landmarker worker would report it. */
export function detectionOf(r: Recording, pose: Omit<RecordedPose, 'name'>, time: number): Detection {
  return {
    time,
    pose: { image: pose.image, world: pose.world, aspect: r.aspect },
    hands: [],
    inferenceMs: 0,
  };
}
