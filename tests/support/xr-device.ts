// The emulated headset and controllers (window.prostudioXRDevice, an IWER XRDevice) as tests move them, and
// the aim of a controller's ray, and a click of its trigger.
import type { Page } from 'playwright-core';

export type Device = {
  position: { set(x: number, y: number, z: number): void };
  controllers: Record<
    string,
    {
      connected: boolean;
      position: { set(x: number, y: number, z: number): void };
      quaternion: { set(x: number, y: number, z: number, w: number): void };
      updateButtonValue(id: string, value: number): void;
      updateAxes(id: string, x: number, y: number): void;
    }
  >;
};

/** The quaternion (x, y, z, w) of a controller turned `yaw` (left, radians) and then pitched `pitch` (up). */
export function aim(yaw: number, pitch: number): [number, number, number, number] {
  const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)];
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}

/** Where to hold the right controller: in the play area's space, and turned by a quaternion (x, y, z, w). */
export interface Hold {
  readonly position: readonly [number, number, number];
  readonly quaternion: readonly [number, number, number, number];
}

/**
 * Holds the right controller as `hold` says and clicks its trigger (a 300 ms pull) until `done` says it
 * worked, at most three times: a click is seen only on frames, and here a frame can take a second.
 */
export async function clickUntil(page: Page, hold: Hold, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await done()); attempt++) {
    await page.evaluate(async ({ position, quaternion }) => {
      const device = (window as unknown as { prostudioXRDevice: Device }).prostudioXRDevice;
      for (const controller of Object.values(device.controllers)) controller.connected = true;
      const right = device.controllers['right'];
      if (!right) throw new Error('no right controller');
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      right.position.set(...position);
      right.quaternion.set(...quaternion);
      await pause(1000);
      right.updateButtonValue('trigger', 1);
      await pause(300);
      right.updateButtonValue('trigger', 0);
    }, hold);
    await page.waitForTimeout(1500);
  }
}
