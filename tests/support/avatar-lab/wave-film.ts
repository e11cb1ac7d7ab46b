// Films of the project's avatar for the fake camera, rendered by the avatar lab:
// - waving its right hand: the forearm swings about the elbow between leaning out and leaning in, on a
//   known period; the left arm hangs at its side;
// - its right hand held up, the fingers curling into a fist and opening, and the mouth opening and
//   closing, on a known period: the hands and face of a performer with the whole body in view.
import { Euler, Quaternion } from 'three';
import type { Page } from 'playwright-core';
import { y4m } from '../y4m.ts';

export const FILM = { width: 640, height: 480, fps: 10 } as const;

/** The elbow's bend (degrees) at time t: a forearm upright at 90, swinging ±35° every `period` s. */
export const elbowAt = (t: number, period: number) => 90 + 35 * Math.sin((2 * Math.PI * t) / period);

/** 0 (fingers straight, mouth shut) to 1 (a fist, mouth wide open) at time t, every `period` s. */
export const closingAt = (t: number, period: number) => (1 - Math.cos((2 * Math.PI * t) / period)) / 2;

/** How far each finger joint curls in the fist, degrees. */
export const FIST_DEGREES = 60;

const q = (x: number, y: number, z: number) =>
  new Quaternion()
    .setFromEuler(new Euler((x * Math.PI) / 180, (y * Math.PI) / 180, (z * Math.PI) / 180, 'ZYX'))
    .toArray();

interface LabPage {
  load(file: string): Promise<void>;
  pose(rotations: Record<string, number[]>): void;
  express(weights: Record<string, number>): void;
  rgba(): string;
}
declare const lab: LabPage;

interface Shot {
  rotations: Record<string, number[]>;
  expressions?: Record<string, number>;
}

/** Renders `seconds` of the avatar as `at` poses it, with the avatar lab open in `page`, as a y4m film. */
async function film(page: Page, avatar: string, seconds: number, at: (t: number) => Shot): Promise<Buffer> {
  await page.evaluate((file) => lab.load(file), avatar);
  const frames: Uint8Array[] = [];
  for (let i = 0; i < seconds * FILM.fps; i++) {
    const shot = at(i / FILM.fps);
    await page.evaluate((r) => lab.pose(r), shot.rotations);
    if (shot.expressions) await page.evaluate((e) => lab.express(e), shot.expressions);
    frames.push(Buffer.from(await page.evaluate(() => lab.rgba()), 'base64'));
  }
  return y4m(frames, FILM.width, FILM.height, FILM.fps);
}

/** The right arm out to the side and a little up, rolled so the elbow bends in the picture's plane. */
const raisedRightArm = (elbow: number) => ({
  leftUpperArm: q(0, 0, -70),
  rightUpperArm: q(-90, 0, -10),
  rightLowerArm: q(0, elbow, 0),
});

/** `seconds` of the avatar waving, a wave every `period` s. */
export const filmWave = (page: Page, avatar: string, seconds: number, period: number) =>
  film(page, avatar, seconds, (t) => ({ rotations: raisedRightArm(elbowAt(t, period)) }));

const FINGERS = ['Index', 'Middle', 'Ring', 'Little'] as const;
const JOINTS = ['Proximal', 'Intermediate', 'Distal'] as const;

/** `seconds` of the avatar's right hand closing and opening, and its mouth, once every `period` s. */
export const filmHandAndFace = (page: Page, avatar: string, seconds: number, period: number) =>
  film(page, avatar, seconds, (t) => {
    const closing = closingAt(t, period);
    // The right hand's fingers lie along −x at rest, palm down: curling turns them about +z.
    const curl = q(0, 0, FIST_DEGREES * closing);
    const fingers = Object.fromEntries(
      FINGERS.flatMap((finger) => JOINTS.map((joint) => [`right${finger}${joint}`, curl])),
    );
    return { rotations: { ...raisedRightArm(90), ...fingers }, expressions: { aa: closing } };
  });
