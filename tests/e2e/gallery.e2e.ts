// The walking skeleton end to end: the real product, two real browsers, one gallery.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';
import { distinctColours } from '../support/screenshots.ts';
import type { Avatars } from '../support/stage-show.ts';

const CATALOGUE = fileURLToPath(new URL('../../assets/artworks/catalogue.json', import.meta.url));

// The world server runs in-process, as `npm start` does by default (the Redis path has its own test in
// world-server/test).
const under = useProductUnderTest();

/** Opens the product in a fresh browser profile, names the visitor, and walks through the lobby into the gallery. */
async function visitGallery(name: string, avatar: string): Promise<Page> {
  const context = await under.browser.newContext({ viewport: { width: 640, height: 360 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(under.product.url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('radio', { name: avatar }).check();
  await page.getByRole('button', { name: 'Enter the venue' }).click();
  await page.locator('main[data-space="lobby"]').waitFor({ timeout: 30_000 });
  await page.getByText('Go to…').click(); // on a small screen the list of spaces starts folded
  await page.getByTestId('go-main-gallery').click();
  await page.locator('main[data-space="main-gallery"]').waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

async function remoteZ(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-testid="person-row"][data-name="${name}"]`).getAttribute('data-z'));
}

/** Which of the venue's avatars `page` shows for `name` (when it shows them as a full avatar). */
const avatarOf = (page: Page, name: string) =>
  page.evaluate(
    (who) => (window as unknown as { prostudioAvatars?: Avatars }).prostudioAvatars?.avatar(who) ?? null,
    name,
  );

describe('two visitors in the gallery', () => {
  let ada: Page;
  let ben: Page;

  it('both enter the gallery and see each other in the people list', async () => {
    ada = await visitGallery('Ada', 'Cy');
    ben = await visitGallery('Ben', 'Bo');
    await expect
      .poll(() => ada.getByTestId('person-row').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ben')]);
    await expect
      .poll(() => ben.getByTestId('person-row').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ada')]);
    // Near each other, each sees the other as the avatar they chose at the door.
    await expect.poll(() => avatarOf(ada, 'Ben'), { timeout: 20_000 }).toBe('bo');
    await expect.poll(() => avatarOf(ben, 'Ada'), { timeout: 20_000 }).toBe('cy');
  });

  it('Ben picks another avatar in the settings; Ada sees him change', async () => {
    await ben.getByRole('button', { name: 'Settings' }).click();
    const settings = ben.getByTestId('settings');
    await settings.getByRole('radio', { name: 'Ada' }).check();
    await expect.poll(() => avatarOf(ada, 'Ben'), { timeout: 20_000 }).toBe('ada');
    await settings.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the seeded artworks, with title and artist, and draws them', async () => {
    const catalogue = JSON.parse(await readFile(CATALOGUE, 'utf8')) as Array<{
      title: string;
      artist: string;
    }>;
    const rows = await ben.getByTestId('work-row').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows).toEqual(catalogue.map((work) => expect.stringContaining(`${work.title} · ${work.artist}`)));
    // The 3D view really shows the works: a frame with many distinct colours, not a blank or flat one.
    await ben.addStyleTag({ content: '.panel, .help-toggle { visibility: hidden; }' });
    const colours = await distinctColours(ben);
    await ben.addStyleTag({ content: '.panel, .help-toggle { visibility: visible; }' });
    // Measured here at 640x360: the gallery ~530, the lobby ~170, the classroom ~30, the stage ~5.
    expect(colours).toBeGreaterThan(300);
  });

  it('when Ada walks forward, Ben sees her move', async () => {
    const before = await remoteZ(ben, 'Ada');
    const ownBefore = Number(await ada.getByTestId('self-row').getAttribute('data-z'));
    await ada.locator('canvas').click({ position: { x: 320, y: 60 } }); // focus the page; the sky is not floor
    await ada.keyboard.down('KeyW');
    await ada.waitForTimeout(1500);
    await ada.keyboard.up('KeyW');
    // Walking forward at spawn means toward the back wall: -z.
    await expect
      .poll(async () => Number(await ada.getByTestId('self-row').getAttribute('data-z')))
      .toBeLessThan(ownBefore - 1);
    await expect.poll(() => remoteZ(ben, 'Ada'), { timeout: 10_000 }).toBeLessThan(before - 1);
    await ben.waitForTimeout(500); // let the avatar ease into place for the screenshot
    await ada.screenshot({ path: path.join(ARTIFACTS, 'ada.png') });
    await ben.screenshot({ path: path.join(ARTIFACTS, 'ben.png') });
  });

  it('Ada looks around by dragging, and walks where she clicks on the floor; Ben sees both', async () => {
    const self = ada.getByTestId('self-row');
    const yawBefore = Number(await self.getAttribute('data-yaw'));
    await ada.mouse.move(320, 180);
    await ada.mouse.down();
    for (let x = 330; x <= 520; x += 10) await ada.mouse.move(x, 180);
    await ada.mouse.up();
    // Dragging right turns right: yaw goes down (counter-clockwise is positive, seen from above).
    await expect.poll(async () => Number(await self.getAttribute('data-yaw'))).toBeLessThan(yawBefore - 0.3);
    const turned = Number(await self.getAttribute('data-yaw'));
    // Ben's list shows presence, which settles on where Ada stopped turning within a couple of seconds.
    await expect
      .poll(
        async () =>
          Number(await ben.locator('[data-testid="person-row"][data-name="Ada"]').getAttribute('data-yaw')),
        { timeout: 10_000 },
      )
      .toBeCloseTo(turned, 2);

    const x0 = Number(await self.getAttribute('data-x'));
    const z0 = Number(await self.getAttribute('data-z'));
    await ada.mouse.click(270, 285); // the floor a few metres ahead, clear of the page's panels
    const distance = async () =>
      Math.hypot(
        Number(await self.getAttribute('data-x')) - x0,
        Number(await self.getAttribute('data-z')) - z0,
      );
    await expect.poll(distance, { timeout: 10_000 }).toBeGreaterThan(0.5);
    await expect
      .poll(
        async () =>
          Number(await ben.locator('[data-testid="person-row"][data-name="Ada"]').getAttribute('data-x')),
        { timeout: 10_000 },
      )
      .not.toBeCloseTo(x0, 1);
  });

  it('on a phone, Cy walks with the stick on the screen; Ben sees her come in', async () => {
    const phone = await under.browser.newContext({
      viewport: { width: 390, height: 700 },
      hasTouch: true,
      isMobile: true,
    });
    const cy = await phone.newPage();
    await enterSpace(cy, `${under.product.url}#main-gallery`, 'Cy', 'main-gallery');
    const stick = cy.getByTestId('touch-stick');
    const box = await stick.boundingBox();
    if (!box) throw new Error('no stick on a phone');
    const z0 = Number(await cy.getByTestId('self-row').getAttribute('data-z'));
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const touch = (type: string, dy: number) =>
      stick.dispatchEvent(type, {
        pointerId: 7,
        pointerType: 'touch',
        isPrimary: true,
        clientX: centre.x,
        clientY: centre.y + dy,
        bubbles: true,
      });
    // The thumb pushes the stick up and holds it until Cy has walked a metre (however slow the frames
    // of three pages drawing in software), then lets go.
    await touch('pointerdown', 0);
    await touch('pointermove', -50);
    await expect
      .poll(async () => Number(await cy.getByTestId('self-row').getAttribute('data-z')), { timeout: 20_000 })
      .toBeLessThan(z0 - 1);
    await touch('pointerup', -50);
    await expect.poll(() => remoteZ(ben, 'Cy'), { timeout: 10_000 }).toBeLessThan(z0 - 1);
    await cy.screenshot({ path: path.join(ARTIFACTS, 'phone.png') });
    await phone.close();
  });

  it('on the stage, Ben hears Ada’s applause on the reaction meter, reads her in the chat and sees her hand up', async () => {
    for (const page of [ada, ben]) {
      await page.getByText('Go to…').click();
      await page.getByTestId('go-main-stage').click();
      await page.locator('main[data-space="main-stage"]').waitFor({ timeout: 30_000 });
    }
    await expect
      .poll(() => ben.getByTestId('person-row').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ada')]);
    await ada.locator('canvas').click({ position: { x: 320, y: 40 } });
    await ada.keyboard.press('Digit1');
    await ada.getByTestId('react-applause').click();
    await expect
      .poll(async () => Number(await ben.getByTestId('reaction-meter').getAttribute('data-count')), {
        timeout: 10_000,
      })
      .toBe(2);
    await ben.screenshot({ path: path.join(ARTIFACTS, 'ben-reactions.png') }); // the bursts, in flight
    await ada.getByText('Chat').click();
    await ada.getByLabel('Say something').fill('What a show!');
    await ada.getByLabel('Say something').press('Enter');
    await ben.getByText('Chat').click();
    await expect
      .poll(() => ben.getByTestId('chat-line').allTextContents(), { timeout: 10_000 })
      .toEqual(['Ada What a show!']);
    // A question: Ada raises her hand (H), and Ben sees it in the queue.
    await ada.locator('canvas').click({ position: { x: 320, y: 40 } });
    await ada.keyboard.press('KeyH');
    await expect
      .poll(() => ben.getByTestId('hand-row').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ada')]);
    await ben.screenshot({ path: path.join(ARTIFACTS, 'ben-stage.png') });
  });

  it('when Ada leaves, Ben sees her go', async () => {
    await ada.context().close();
    await expect.poll(() => ben.getByTestId('person-row').count(), { timeout: 10_000 }).toBe(0);
    await expect(ben.getByText('Nobody else is here yet.').isVisible()).resolves.toBe(true);
  });
});
