// The classroom board, a panel in the world: the instructor draws, turns pages and clears; a student sees
// it all, on the wall and large on the page, and cannot draw; against the real product, in two browsers.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeInstructor, signInAsInstructor } from '../support/classroom.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';
import { crowdedPanels } from '../support/layout.ts';
import { screenshotPixels } from '../support/screenshots.ts';
import { LAYOUTS } from '@prostudio/protocol';
import { classroomSeats } from '../../world-client/src/layout/classroom-seats.ts';
import type { Avatars } from '../support/stage-show.ts';
import { aim, type Device } from '../support/xr-device.ts';

const under = useProductUnderTest({ reachableDatabase: true });

beforeAll(async () => {
  await makeInstructor(under.product.url, under.grantRole);
});

async function enterClassroom(name: string, signIn: boolean, query = ''): Promise<Page> {
  const context = await under.browser.newContext({ viewport: { width: 960, height: 640 } });
  const page = await context.newPage();
  if (signIn) await signInAsInstructor(page, under.product.url);
  await enterSpace(page, `${under.product.url}${query}#studio-classroom`, name, 'studio-classroom');
  return page;
}

/** Pixels of the board's canvas in the pen's colour (the board shown large). */
function inkOnBoard(page: Page, colour = [0x1d, 0x35, 0x57]): Promise<number> {
  return page.evaluate((rgb) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.board-canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; data && i < data.length; i += 4) {
      if (
        Math.abs((data[i] ?? 0) - (rgb[0] ?? 0)) +
          Math.abs((data[i + 1] ?? 0) - (rgb[1] ?? 0)) +
          Math.abs((data[i + 2] ?? 0) - (rgb[2] ?? 0)) <
        30
      )
        count++;
    }
    return count;
  }, colour);
}

/**
 * Reddish pixels in a screenshot of the page (the 3D view included), decoded by the page itself. Far away,
 * a thin red line on the white board blends to pink, so this counts pixels where red leads.
 */
async function reddishOnScreen(page: Page): Promise<number> {
  const pixels = await screenshotPixels(page);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i]! - Math.max(pixels[i + 1]!, pixels[i + 2]!) > 20) count++;
  }
  return count;
}

async function drag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = await page.locator('.board-canvas').boundingBox();
  if (!box) throw new Error('the board is not shown');
  const at = ([u, v]: [number, number]) => [box.x + u * box.width, box.y + v * box.height] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    await page.mouse.move(...at([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]));
  }
  await page.mouse.up();
}

describe('the classroom board', () => {
  it('shows what the instructor draws to the students, page by page', async () => {
    const teacher = await enterClassroom('Iris', true);
    const student = await enterClassroom('Sam', false);

    const reddishBefore = await reddishOnScreen(student);
    await teacher.getByRole('button', { name: 'Draw on the board' }).click();
    await student.getByRole('button', { name: 'Look at the board' }).click();
    expect(await student.getByRole('radio', { name: 'Ink' }).count()).toBe(0);
    // The board's controls have their own place at the top, clear of the other panels.
    expect(await crowdedPanels(teacher)).toEqual([]);

    await drag(teacher, [0.1, 0.5], [0.9, 0.5]);
    await expect.poll(() => inkOnBoard(student), { timeout: 10_000 }).toBeGreaterThan(500);

    // A student's drag draws nothing, here or anywhere. (First the teacher's own board has the whole line:
    // it too draws what the room confirms, which on a loaded machine can come after the student's.)
    await expect
      .poll(async () => Math.abs((await inkOnBoard(teacher)) - (await inkOnBoard(student))), {
        timeout: 10_000,
      })
      .toBeLessThan(50);
    const before = await inkOnBoard(teacher);
    await drag(student, [0.5, 0.1], [0.5, 0.9]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await inkOnBoard(teacher)).toBe(before);

    // A new page, in red.
    await teacher.getByRole('button', { name: 'Page →' }).click();
    await student.getByText('page 2').waitFor();
    await expect.poll(() => inkOnBoard(student), { timeout: 10_000 }).toBe(0);
    await teacher.getByRole('radio', { name: 'Red' }).click();
    await drag(teacher, [0.2, 0.2], [0.8, 0.8]);
    await expect
      .poll(() => inkOnBoard(student, [0xc1, 0x12, 0x1f]), { timeout: 10_000 })
      .toBeGreaterThan(500);

    // On the wall too: the board is a panel in the world, its texture the same canvas.
    await student.getByRole('button', { name: 'Close the board' }).click();
    await expect
      .poll(() => reddishOnScreen(student), { timeout: 10_000 })
      .toBeGreaterThan(reddishBefore + 30);
    await student.screenshot({ path: path.join(ARTIFACTS, 'classroom-board.png') });
    await student.getByRole('button', { name: 'Look at the board' }).click();

    // Back to the first page, and cleared.
    await teacher.getByRole('button', { name: '← Page' }).click();
    await expect.poll(() => inkOnBoard(student), { timeout: 10_000 }).toBeGreaterThan(500);
    await teacher.getByRole('button', { name: 'Clear page' }).click();
    await expect.poll(() => inkOnBoard(student), { timeout: 10_000 }).toBe(0);

    await teacher.context().close();
    await student.context().close();
  });

  it('puts the instructor before the board; a student takes a seat, around the others, and the teacher sees them there', async () => {
    const teacher = await enterClassroom('Iris', true);
    const student = await enterClassroom('Sam', false);
    const place = async (page: Page, name?: string) => {
      const row = name
        ? page.locator(`[data-testid="person-row"][data-name="${name}"]`)
        : page.getByTestId('self-row');
      const [x, z, yaw] = await Promise.all(['data-x', 'data-z', 'data-yaw'].map((a) => row.getAttribute(a)));
      return { x: Number(x), z: Number(z), yaw: Number(yaw) };
    };
    // Iris stands before the board, facing the seats.
    const spot = LAYOUTS.classroom.instructorSpot;
    await expect.poll(async () => (await place(student, 'Iris')).z, { timeout: 10_000 }).toBe(spot?.z);
    expect((await place(student, 'Iris')).yaw).toBeCloseTo(Math.PI, 3);

    await student.getByRole('button', { name: 'Take a seat' }).click();
    await student.getByRole('button', { name: 'Stand up' }).waitFor({ timeout: 20_000 });
    const seats = classroomSeats(LAYOUTS.classroom.bounds);
    const seated = await place(student);
    const seat = seats.find((s) => Math.hypot(s.x - seated.x, s.z - seated.z) < 0.1);
    expect(seat, `Sam at ${seated.x}, ${seated.z}`).toBeDefined();
    // Facing the board, within a degree (the turn into the seat may still be settling by a fraction of one).
    await expect
      .poll(async () => Math.abs((await place(student)).yaw), { timeout: 5000 })
      .toBeLessThan(0.0175);
    await expect
      .poll(
        async () => {
          const seen = await place(teacher, 'Sam');
          return Math.hypot(seen.x - seated.x, seen.z - seated.z);
        },
        { timeout: 10_000 },
      )
      .toBeLessThan(0.1);
    await student.screenshot({ path: path.join(ARTIFACTS, 'classroom-seated.png') });
    // Iris sees Sam's avatar sitting: the hips at seat height, not standing in the chair.
    const hips = () =>
      teacher.evaluate(
        () =>
          (window as unknown as { prostudioAvatars: Avatars }).prostudioAvatars.bonePosition(
            'Sam',
            'hips',
            true,
          )?.[1] ?? null,
      );
    await expect.poll(hips, { timeout: 20_000 }).toBeLessThan(0.7);
    await teacher.screenshot({ path: path.join(ARTIFACTS, 'classroom-teacher.png') });
    // Walking off stands Sam up.
    await student.keyboard.down('KeyS');
    await student.getByRole('button', { name: 'Take a seat' }).waitFor({ timeout: 5_000 });
    await student.keyboard.up('KeyS');
    await expect.poll(hips, { timeout: 10_000 }).toBeGreaterThan(0.8);
    await teacher.context().close();
    await student.context().close();
  });

  it('lets the instructor draw on the board with a controller’s ray in VR, for the students to see', async () => {
    const teacher = await enterClassroom('Iris', true, '?xr-emulate');
    const student = await enterClassroom('Sam', false);
    await student.getByRole('button', { name: 'Look at the board' }).click();
    const row = teacher.getByTestId('self-row');
    const spot = LAYOUTS.classroom.instructorSpot;
    await expect
      .poll(async () => Number(await row.getAttribute('data-z')), { timeout: 10_000 })
      .toBe(spot?.z);
    await teacher.getByTestId('vr-button').click();
    await teacher.getByRole('button', { name: 'Leave VR' }).waitFor({ timeout: 10_000 });

    // Iris stands before the board facing the seats, so the play area is turned round: behind her (its
    // +z) is the board, 2 m away and 2.1 m up at its middle. The right controller, held at her side,
    // points back and up at it and sweeps across it with the trigger held.
    const aims = Array.from({ length: 11 }, (_, step) => aim(Math.PI + 0.5 - 0.1 * step, 0.35));
    await teacher.evaluate(
      async ({ x, aims }) => {
        const device = (window as unknown as { prostudioXRDevice: Device }).prostudioXRDevice;
        for (const controller of Object.values(device.controllers)) controller.connected = true;
        const right = device.controllers['right'];
        if (!right) throw new Error('no right controller');
        const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        right.position.set(x, 1.5, 0.3);
        for (const [index, [qx, qy, qz, qw]] of aims.entries()) {
          right.quaternion.set(qx, qy, qz, qw);
          await pause(index === 0 ? 600 : 150);
          if (index === 0) {
            right.updateButtonValue('trigger', 1);
            await pause(300);
          }
        }
        right.updateButtonValue('trigger', 0);
      },
      { x: 0, aims },
    );
    await expect.poll(() => inkOnBoard(student), { timeout: 10_000 }).toBeGreaterThan(500);
    await teacher.screenshot({ path: path.join(ARTIFACTS, 'xr-classroom-board.png') });
    await teacher.context().close();
    await student.context().close();
  });
});
