// The studio's Exhibitions tab in the real product: an artist with two works makes a draft on
// /studio/exhibitions, curates it in the gallery in 3D (drags one work to another spot on the back wall, moves
// and sizes the other by keyboard, writes its wall text, reorders the tour, undoes and redoes, saves), and
// submits it; a curator approves it on /venue; a visitor in the gallery finds the works where they were put.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUTS, sizeOnWall } from '@prostudio/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CurateWork } from '../../world-client/src/curate/curate-layout.ts';
import { wallPointToRoom } from '../../world-client/src/curate/rays.ts';
import { artistWithWork, callApi } from '../support/api.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const artwork = (name: string) => fileURLToPath(new URL(`../../assets/artworks/${name}`, import.meta.url));
const PASSWORD = 'a long enough password';
const ARTIST = { email: 'lena@example.org', displayName: 'Lena Voss', password: PASSWORD };
const CURATOR = { email: 'curt@example.org', displayName: 'Curt Ames', password: PASSWORD };
const { bounds } = LAYOUTS.gallery;

const api = <T>(method: string, route: string, token: string | null, body?: object | FormData) =>
  callApi<T>(under.product.url, method, route, token, body);

/** The artist and their two works: "Moiré Nine" (interference.png) and "Undertow". */
async function artistWithTwoWorks(): Promise<void> {
  const { token } = await artistWithWork(under.product.url, ARTIST, {
    image: artwork('interference.png'),
    title: 'Moiré Nine',
    year: 2026,
  });
  const form = new FormData();
  form.append(
    'file',
    new Blob([await readFile(artwork('undertow.png'))], { type: 'image/png' }),
    'undertow.png',
  );
  const media = await api<{ id: string }>('POST', '/api/media', token, form);
  await api('POST', '/api/artworks', token, { mediaId: media.id, title: 'Undertow', year: 2025 });
}

const curated = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { prostudioCurate: { works(): CurateWork[] } }).prostudioCurate.works(),
  );
const onScreen = (page: Page, point: { x: number; y: number; z: number }) =>
  page.evaluate(
    ({ x, y, z }) =>
      (
        window as unknown as {
          prostudioCurate: { project(x: number, y: number, z: number): { x: number; y: number } };
        }
      ).prostudioCurate.project(x, y, z),
    point,
  );
const byTitle = (works: CurateWork[], title: string) => {
  const work = works.find((one) => one.title === title);
  if (!work) throw new Error(`${title} is not in the curated layout`);
  return work;
};

/** The works a page's gallery draws on its walls (scene/inspect-gallery.ts). */
const hungIn = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          prostudioGallery?: { artworks(): { title: string; position: number[]; width: number }[] };
        }
      ).prostudioGallery?.artworks() ?? [],
  );

/** Every work hangs on `page`'s walls where the curator saved it, at the size they gave it. */
async function expectWhereSaved(page: Page, saved: CurateWork[]): Promise<void> {
  const hung = await hungIn(page);
  for (const work of saved) {
    const shown = hung.find((one) => one.title === work.title);
    const place = wallPointToRoom(bounds, work.wall, work.centre, 0.02);
    expect(shown?.position[0]).toBeCloseTo(place.x, 2);
    expect(shown?.position[1]).toBeCloseTo(work.height, 2);
    expect(shown?.position[2]).toBeCloseTo(place.z, 2);
    expect(shown?.width).toBeCloseTo(sizeOnWall(work.pixels.width, work.pixels.height, work.scale).width, 2);
  }
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('the studio’s exhibitions', () => {
  it('takes a draft from chosen works through curating in 3D to the gallery’s walls', async () => {
    await artistWithTwoWorks();
    const context = await under.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // A draft of both works.
    await page.goto(new URL('/studio/exhibitions', under.product.url).href);
    await signIn(page, ARTIST);
    await page.getByText('No exhibitions yet.').waitFor();
    await page.getByRole('button', { name: 'New exhibition' }).click();
    await page.getByLabel('Title').fill('Undercurrents');
    await page.getByLabel('Text for visitors').fill('Two works about water and interference.');
    await page.getByRole('checkbox', { name: 'Moiré Nine' }).check();
    await page.getByRole('checkbox', { name: 'Undertow' }).check();
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.getByRole('heading', { name: 'Undercurrents' }).waitFor();
    await page.getByTestId('exhibition-status').getByText('Draft').waitFor();

    // Curating: the gallery hung them on the back and right walls to begin with.
    await page.getByRole('button', { name: 'Curate in 3D' }).click();
    await page
      .getByTestId('curate-curate')
      .getByRole('heading', { name: 'Curating: Undercurrents' })
      .waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => Boolean((window as unknown as { prostudioCurate?: object }).prostudioCurate)),
      )
      .toBe(true);
    const start = await curated(page);
    expect(byTitle(start, 'Moiré Nine').wall).toBe(0);
    expect(byTitle(start, 'Undertow').wall).toBe(1);

    // Drag Moiré Nine along the back wall, 4 m from its left end and higher: it snaps to the grid there.
    await page.getByRole('button', { name: 'Face the back wall' }).click();
    const moire = byTitle(start, 'Moiré Nine');
    const from = wallPointToRoom(bounds, 0, moire.centre, 0.05);
    const to = wallPointToRoom(bounds, 0, 4.04, 0.05);
    await expect
      .poll(async () => (await onScreen(page, { ...from, y: moire.height }))?.y ?? -1)
      .toBeGreaterThan(0);
    // Let the camera settle on the view before reading where things are drawn.
    await page.waitForTimeout(500);
    const grab = await onScreen(page, { ...from, y: moire.height });
    const drop = await onScreen(page, { ...to, y: 2.02 });
    if (!grab || !drop) throw new Error('the curating view draws nothing yet');
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(drop.x, drop.y, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => byTitle(await curated(page), 'Moiré Nine'))
      .toMatchObject({
        wall: 0,
        centre: expect.closeTo(4, 6),
        height: expect.closeTo(2, 6),
      });
    await page.getByTestId('save-state').getByText('Unsaved changes').waitFor();

    // Undertow by keyboard: three steps right, two up, one size larger; its wall text; first in the tour.
    await page.getByRole('button', { name: /^Undertow/ }).click();
    const undertow = byTitle(await curated(page), 'Undertow');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'PageUp', 'PageUp', '+']) {
      await page.keyboard.press(key);
    }
    await expect
      .poll(async () => byTitle(await curated(page), 'Undertow'))
      .toMatchObject({
        wall: 1,
        centre: expect.closeTo(undertow.centre + 0.3, 6),
        height: expect.closeTo(undertow.height + 0.1, 6),
        scale: 1.1,
      });
    await page.getByLabel('Wall text').fill('Pulled under, and back.');
    await page.getByRole('button', { name: 'Move Undertow earlier in the tour' }).click();
    const order = async () => (await curated(page)).map((work) => work.title);
    expect(await order()).toEqual(['Undertow', 'Moiré Nine']);
    await page.keyboard.press('Control+z');
    expect(await order()).toEqual(['Moiré Nine', 'Undertow']);
    await page.keyboard.press('Control+Shift+z');
    expect(await order()).toEqual(['Undertow', 'Moiré Nine']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-exhibitions-curating.png') });

    await page.getByRole('button', { name: 'Save layout' }).click();
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();
    const saved = await curated(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-exhibitions-curating-phone.png') });
    await page.setViewportSize({ width: 1200, height: 800 });

    // The preview shows it as visitors will see it: the gallery's own hanging of the saved places.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Preview: Undercurrents' }).waitFor();
    await expect
      .poll(async () => (await hungIn(page)).map((work) => work.title).sort(), { timeout: 20_000 })
      .toEqual(['Moiré Nine', 'Undertow']);
    await expectWhereSaved(page, saved);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-exhibitions-preview.png') });
    await page.getByRole('button', { name: 'Back to the exhibition' }).click();

    // Submitted, it waits for the venue.
    await page.getByRole('button', { name: 'Submit to the venue' }).click();
    await page.getByRole('button', { name: 'Yes, submit it' }).click();
    await page.getByTestId('exhibition-status').getByText('Waiting for the venue').waitFor();
    await page.getByRole('link', { name: '← All exhibitions' }).click();
    await page.getByTestId('my-exhibitions').getByText('Waiting for the venue').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({
      path: path.join(ARTIFACTS, 'studio-exhibitions-list-phone.png'),
      fullPage: true,
    });

    // A curator approves it on /venue.
    await api('POST', '/api/auth/sign-up', null, CURATOR);
    await under.grantRole(CURATOR.email, 'curator');
    const desk = await (await under.browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
    await desk.goto(new URL('/venue', under.product.url).href);
    await signIn(desk, CURATOR);
    await desk.getByRole('button', { name: 'Approve Undercurrents' }).click();
    await desk.getByTestId('scheduled').getByText('Undercurrents').waitFor();
    await page.reload();
    await page.getByTestId('my-exhibitions').getByText('Approved').waitFor();
    expect(errors).toEqual([]);

    // A visitor finds each work where it was placed.
    const visitor = await (
      await under.browser.newContext({ viewport: { width: 800, height: 500 } })
    ).newPage();
    await enterSpace(visitor, `${under.product.url}#main-gallery`, 'Noor', 'main-gallery');
    await expect.poll(async () => (await hungIn(visitor)).length, { timeout: 30_000 }).toBe(2);
    await expectWhereSaved(visitor, saved);
    await visitor.screenshot({ path: path.join(ARTIFACTS, 'studio-exhibitions-in-the-gallery.png') });
    await context.close();
  });
});
