import { describe, expect, it } from 'vitest';
import { type Landmark, POSE, POSE_LANDMARK_COUNT } from './landmarks.ts';
import { faceRegion, fromRegion, handRegion, type Region } from './regions.ts';

const W = 640;
const H = 480;

/** A pose's picture landmarks from pixel positions (the rest at the frame's centre, seen). */
function picture(
  pixels: Partial<Record<keyof typeof POSE, [number, number]>>,
  visibility = 0.95,
): Landmark[] {
  const points: Landmark[] = Array.from({ length: POSE_LANDMARK_COUNT }, () => ({
    x: 0.5,
    y: 0.5,
    z: 0,
    visibility,
  }));
  for (const [name, [x, y]] of Object.entries(pixels))
    points[POSE[name as keyof typeof POSE]] = { x: x / W, y: y / H, z: 0, visibility };
  return points;
}

const holds = (region: Region, x: number, y: number, margin: number) =>
  x - region.x >= margin &&
  region.x + region.side - x >= margin &&
  y - region.y >= margin &&
  region.y + region.side - y >= margin;

// A performer 3 m off, arms down: a 45 px forearm, a hand reaching 9 px past the wrist to the knuckles.
const ARMS_DOWN = picture({
  rightElbow: [280, 230],
  rightWrist: [270, 275],
  rightIndex: [268, 284],
  rightPinky: [264, 283],
  leftElbow: [360, 230],
  leftWrist: [370, 275],
  leftIndex: [372, 284],
  leftPinky: [376, 283],
});

describe('where to look for the hands', () => {
  it('frames each hand, its fingertips wherever the hand bends or turns', () => {
    for (const side of ['left', 'right'] as const) {
      const region = handRegion(ARMS_DOWN, side, W, H)!;
      const [wx, wy, kx, ky] = side === 'right' ? [270, 275, 266, 283.5] : [370, 275, 374, 283.5];
      // Fingertips two knuckle-lengths from the wrist, up to 100° either way of the hand's line.
      const reach = 2 * Math.hypot(kx - wx, ky - wy);
      const along = Math.atan2(ky - wy, kx - wx);
      for (let turn = -100; turn <= 100; turn += 10) {
        const a = along + (turn * Math.PI) / 180;
        expect(holds(region, wx + reach * Math.cos(a), wy + reach * Math.sin(a), 0)).toBe(true);
      }
      // Not so large that the hand is lost in it: about a forearm.
      expect(region.side).toBeLessThan(1.2 * 46);
    }
    // The performer's right hand is on the camera's left.
    expect(handRegion(ARMS_DOWN, 'right', W, H)!.x).toBeLessThan(handRegion(ARMS_DOWN, 'left', W, H)!.x);
  });

  it('grows as the performer comes nearer', () => {
    const near = picture({
      rightElbow: [200, 100],
      rightWrist: [180, 190],
      rightIndex: [176, 208],
      rightPinky: [168, 206],
    });
    expect(handRegion(near, 'right', W, H)!.side).toBeCloseTo(
      2 * handRegion(ARMS_DOWN, 'right', W, H)!.side,
      0,
    );
  });

  it('still frames a hand pointing at the camera, its forearm foreshortened', () => {
    const pointing = picture({
      rightElbow: [300, 200],
      rightWrist: [296, 204],
      rightIndex: [294, 214],
      rightPinky: [290, 212],
    });
    expect(handRegion(pointing, 'right', W, H)!.side).toBeGreaterThanOrEqual(5 * Math.hypot(2, 10));
  });

  it('does not look for a hand whose wrist the pose cannot see', () => {
    expect(handRegion(picture({ rightWrist: [270, 275] }, 0.2), 'right', W, H)).toBeNull();
  });
});

describe('where to look for the face', () => {
  const face = (earGap: number, eyeToMouth: number) =>
    picture({
      nose: [320, 120],
      leftEar: [320 + earGap / 2, 115],
      rightEar: [320 - earGap / 2, 115],
      leftEyeOuter: [326, 112],
      rightEyeOuter: [314, 112],
      mouthLeft: [324, 112 + eyeToMouth],
      mouthRight: [316, 112 + eyeToMouth],
    });

  it('centres on the nose and holds the whole head', () => {
    const region = faceRegion(face(24, 12), W, H)!;
    expect(region.x + region.side / 2).toBeCloseTo(320, 6);
    expect(region.y + region.side / 2).toBeCloseTo(120, 6);
    expect(holds(region, 308, 115, 10)).toBe(true);
    expect(region.side).toBeCloseTo(60, 6);
  });

  it('keeps its size when the head turns aside and the ears close up', () => {
    expect(faceRegion(face(4, 12), W, H)!.side).toBeCloseTo(60, 6);
  });

  it('is never smaller than a crop worth scaling up, nor larger than the frame', () => {
    expect(faceRegion(face(2, 1), W, H)!.side).toBe(32);
    expect(faceRegion(face(2000, 12), W, H)!.side).toBe(W);
  });

  it('does not look for a face the pose cannot see', () => {
    expect(
      faceRegion(
        face(24, 12).map((p) => ({ ...p, visibility: 0.1 })),
        W,
        H,
      ),
    ).toBeNull();
  });
});

describe('landmarks found in a crop', () => {
  it('come back in the whole frame', () => {
    const region = { x: 100, y: 50, side: 64 };
    const [corner, centre] = fromRegion(
      [
        { x: 0, y: 0, z: 0 },
        { x: 0.5, y: 0.5, z: 0.1, visibility: 0.9 },
      ],
      region,
      W,
      H,
    );
    expect(corner).toMatchObject({ x: 100 / W, y: 50 / H });
    expect(centre!.x).toBeCloseTo(132 / W, 9);
    expect(centre!.y).toBeCloseTo(82 / H, 9);
    // Depth on the x scale: 0.1 of the crop's width is 6.4 px, 0.01 of the frame's.
    expect(centre!.z).toBeCloseTo(0.01, 9);
    expect(centre!.visibility).toBe(0.9);
  });
});
