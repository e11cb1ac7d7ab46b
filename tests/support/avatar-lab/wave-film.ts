// A film of the project's avatar waving its right hand (for the fake camera): the forearm swings about
// the elbow between leaning out and leaning in, on a known period; the left arm hangs at its side.
import { Euler, Quaternion } from 'three';
import type { Page } from 'playwright-core';
import { y4m } from '../y4m.ts';

export const FILM = { width: 640, height: 480, fps: 10 } as const;

/** The elbow's bend (degrees) at time t: a forearm upright at 90, swinging ±35° every `period` s. */
export const elbowAt = (t: number, period: number) => 90 + 35 * Math.sin((2 * Math.PI * t) / period);

const q = (x: number, y: number, z: number) =>
  new Quaternion()
    .setFromEuler(new Euler((x * Math.PI) / 180, (y * Math.PI) / 180, (z * Math.PI) / 180, 'ZYX'))
    .toArray();

interface LabPage {
  load(file: string): Promise<void>;
  pose(rotations: Record<string, number[]>): void;
  rgba(): string;
}
declare const lab: LabPage;

/** Renders `seconds` of waving with the avatar lab open in `page`, as a y4m film. */
export async function filmWave(page: Page, avatar: string, seconds: number, period: number): Promise<Buffer> {
  await page.evaluate((file) => lab.load(file), avatar);
  const frames: Uint8Array[] = [];
  for (let i = 0; i < seconds * FILM.fps; i++) {
    const t = i / FILM.fps;
    const rotations = {
      leftUpperArm: q(0, 0, -70),
      // The right arm out to the side and a little up, rolled so the elbow bends in the picture's plane.
      rightUpperArm: q(-90, 0, -10),
      rightLowerArm: q(0, elbowAt(t, period), 0),
    };
    await page.evaluate((r) => lab.pose(r), rotations);
    frames.push(Buffer.from(await page.evaluate(() => lab.rgba()), 'base64'));
  }
  return y4m(frames, FILM.width, FILM.height, FILM.fps);
}
