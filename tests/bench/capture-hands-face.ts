// Hands and face with the whole performer in view: the project's avatar rendered from a webcam's place
// (640×480, 2.9 m off) in the thirteen known poses, its fingers straight, half curled and in a fist and
// its mouth shut, half open and open; MediaPipe's hand and face landmarkers run on the whole picture (the
// baseline, as a performer's page did before) and on squares around where the pose landmarker puts the
// hands and the face (capture/src/pose/regions.ts, as the capture worker does now). Reported: how often
// each hand and the face are found, how far the finger joints' bend is from the truth, and how far the
// measured mouth opening moves.
//
//   npm run build && node tests/bench/capture-hands-face.ts
import {
  KNOWN_POSES,
  percentile,
  HAND,
  type Landmark,
  POSE,
  type Side,
  faceRegion,
  fromRegion,
  handRegion,
  type Region,
  measureFace,
} from '@prostudio/capture/accuracy';
import { Quaternion, Vector3 } from 'three';
import { startAvatarLab } from '../support/avatar-lab/server.ts';
import { launchChromium } from '../support/browser.ts';

interface Found {
  hands: { image: Landmark[]; world: Landmark[] }[];
  face: Landmark[] | null;
}
interface Lab {
  load(file: string): Promise<void>;
  pose(rotations: Record<string, number[]>): void;
  express(weights: Record<string, number>): void;
  loadLandmarker(model: string): Promise<void>;
  loadHandsAndFace(): Promise<void>;
  detect(): { image: Landmark[] } | null;
  handsAndFace(region?: Region): Found;
}
declare const lab: Lab;

const W = 640;
const H = 480;
const CURLS = [0, 30, 60];
const FINGERS = ['Index', 'Middle', 'Ring', 'Little'];
const JOINTS = ['Proximal', 'Intermediate', 'Distal'];
/** The middle and end joints of the four fingers: their bend is the curl the avatar was given. */
const BENDS = [
  [HAND.indexMcp, HAND.indexPip, HAND.indexDip, HAND.indexTip],
  [HAND.middleMcp, HAND.middlePip, HAND.middleDip, HAND.middleTip],
  [HAND.ringMcp, HAND.ringPip, HAND.ringDip, HAND.ringTip],
  [HAND.pinkyMcp, HAND.pinkyPip, HAND.pinkyDip, HAND.pinkyTip],
].flatMap(([a, b, c, d]) => [
  [a!, b!, c!],
  [b!, c!, d!],
]);

/** Each middle and end finger joint's bend, degrees, from a hand's world landmarks. */
function bends(world: readonly Landmark[]): number[] {
  const at = (i: number) => new Vector3(world[i]!.x, world[i]!.y, world[i]!.z);
  return BENDS.map(([a, b, c]) => {
    const before = at(b!).sub(at(a!));
    const after = at(c!).sub(at(b!));
    return (before.angleTo(after) * 180) / Math.PI;
  });
}

const labServer = await startAvatarLab();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: W, height: H } });
await page.goto(labServer.url);
await page.waitForFunction(() => document.title === 'ready');
await page.evaluate(() => lab.load('ada.vrm'));
await page.evaluate(() => lab.loadLandmarker('lite'));
await page.evaluate(() => lab.loadHandsAndFace());

type Way = 'whole' | 'regions';
const tally = {
  whole: { hands: 0, handErrors: [] as number[], faces: 0, mouth: new Map<number, number[]>() },
  regions: { hands: 0, handErrors: [] as number[], faces: 0, mouth: new Map<number, number[]>() },
};
let shots = 0;
for (const pose of KNOWN_POSES) {
  for (const curl of CURLS) {
    const rotations = Object.fromEntries([...pose.rotations].map(([bone, q]) => [bone, q.toArray()]));
    for (const side of ['left', 'right'] as const) {
      // Fingers lie along ∓x at rest, palm down: curling turns them about ±z.
      const turn = new Quaternion().setFromAxisAngle(
        new Vector3(0, 0, side === 'right' ? 1 : -1),
        (curl * Math.PI) / 180,
      );
      for (const finger of FINGERS)
        for (const joint of JOINTS) rotations[`${side}${finger}${joint}`] = turn.toArray();
    }
    const mouth = curl / 60;
    await page.evaluate((r) => lab.pose(r), rotations);
    await page.evaluate((open) => lab.express({ aa: open }), mouth);
    const body = await page.evaluate(() => lab.detect());
    if (!body) continue;
    shots++;
    const whole = await page.evaluate(() => lab.handsAndFace());
    const record = (way: Way, hand: { world: Landmark[] } | undefined) => {
      if (!hand) return;
      tally[way].hands++;
      for (const bend of bends(hand.world)) tally[way].handErrors.push(Math.abs(bend - curl));
    };
    for (const side of ['left', 'right'] as Side[]) {
      const wrist = body.image[side === 'left' ? POSE.leftWrist : POSE.rightWrist]!;
      const near = (image: readonly Landmark[]) =>
        Math.hypot((image[HAND.wrist]!.x - wrist.x) * W, (image[HAND.wrist]!.y - wrist.y) * H) < 30;
      record(
        'whole',
        whole.hands.find((hand) => near(hand.image)),
      );
      const region = handRegion(body.image, side, W, H);
      if (!region) continue;
      const cropped = await page.evaluate((r) => lab.handsAndFace(r), region);
      record(
        'regions',
        cropped.hands.find((hand) => near(fromRegion(hand.image, region, W, H))),
      );
    }
    const region = faceRegion(body.image, W, H);
    const cropped = region ? await page.evaluate((r) => lab.handsAndFace(r), region) : null;
    const faces: [Way, Landmark[] | null][] = [
      ['whole', whole.face],
      ['regions', cropped?.face && region ? fromRegion(cropped.face, region, W, H) : null],
    ];
    for (const [way, mesh] of faces) {
      const shape = mesh ? measureFace(mesh) : null;
      if (!shape) continue;
      tally[way].faces++;
      tally[way].mouth.set(mouth, [...(tally[way].mouth.get(mouth) ?? []), shape.mouthOpen]);
    }
  }
}
await browser.close();
await labServer.close();

const median = (values: number[]) => (values.length ? percentile(values, 0.5) : Number.NaN);
console.log(
  `hands and face, ${shots} pictures (${KNOWN_POSES.length} poses × fingers at ${CURLS.join('°, ')}°)`,
);
console.log("| | whole picture (baseline) | around the pose's hands and face |");
console.log('| --- | --: | --: |');
const row = (label: string, value: (way: Way) => string) =>
  console.log(`| ${label} | ${value('whole')} | ${value('regions')} |`);
row('hands found', (way) => `${tally[way].hands} of ${2 * shots}`);
row('finger joint bend error (median; p90)', (way) => {
  const errors = tally[way].handErrors;
  return `${median(errors).toFixed(1)}°; ${percentile(errors, 0.9).toFixed(1)}°`;
});
row('faces found', (way) => `${tally[way].faces} of ${shots}`);
row('mouth opening measured, shut → half → open (median)', (way) =>
  [0, 0.5, 1].map((open) => median(tally[way].mouth.get(open) ?? []).toFixed(3)).join(' → '),
);
