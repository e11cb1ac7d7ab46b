// A classroom's song made together, in Chromium: two students each add a track from their own page and each
// sees the other's; one undoes their own edit and only theirs goes; the instructor plays it for the class,
// whose pages render it; everyone leaves, and the song is there when a student comes back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUTTONS, HEIGHT, WIDTH, type Rect } from '../../studio-tools/daw/src/editor/layout.ts';
import { launchChromium, SOUND_WITHOUT_CLICK } from '../support/browser.ts';
import { makeInstructor, signInAsInstructor } from '../support/classroom.ts';
import { enterSpace, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
let browser: Browser;

beforeAll(async () => {
  await makeInstructor(under.product.url, under.grantRole);
  browser = await launchChromium(SOUND_WITHOUT_CLICK);
});

afterAll(async () => {
  await browser?.close();
});

/** Someone in the studio classroom (the instructor signed in; a guest is a student), the class song open. */
async function openClassSong(name: string, instructor = false): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 960, height: 640 } })).newPage();
  if (instructor) await signInAsInstructor(page, under.product.url);
  await enterSpace(page, `${under.product.url}/#studio-classroom`, name, 'studio-classroom');
  await page.getByRole('button', { name: 'Open the class song' }).click();
  await page.locator('.live-daw .daw-canvas').waitFor();
  return page;
}

const tracksOn = (page: Page) => page.locator('.live-daw-tracks').textContent();
const centre = (r: Rect) => [r.x + r.w / 2, r.y + r.h / 2] as const;

/** Presses + Track on the page's DAW canvas. */
async function addTrack(page: Page): Promise<void> {
  const box = await page.locator('.live-daw .daw-canvas').boundingBox();
  if (!box) throw new Error('the DAW is not on the page');
  const [x, y] = centre(BUTTONS.addTrack);
  await page.mouse.click(box.x + (x / WIDTH) * box.width, box.y + (y / HEIGHT) * box.height);
}

describe("a classroom's song", () => {
  it('is made together, each undoing their own, played by the instructor, and kept', async () => {
    const sam = await openClassSong('Sam Reyes');
    const ada = await openClassSong('Ada Kim');
    await addTrack(sam);
    await expect.poll(() => tracksOn(ada), { timeout: 10_000 }).toBe('Tracks: Drum kit');
    await addTrack(ada);
    await expect.poll(() => tracksOn(sam), { timeout: 10_000 }).toBe('Tracks: Drum kit, Mono bass');

    // Sam's undo takes back Sam's track, not Ada's, on every page.
    await sam.getByRole('button', { name: 'Undo' }).click();
    for (const page of [sam, ada])
      await expect.poll(() => tracksOn(page), { timeout: 10_000 }).toBe('Tracks: Mono bass');

    // The instructor plays it for the room: the students' pages play it too.
    const iris = await openClassSong('Iris Vega', true);
    await expect.poll(() => tracksOn(iris)).toBe('Tracks: Mono bass');
    await iris.getByRole('dialog', { name: 'The class song' }).getByRole('button', { name: 'Play' }).click();
    for (const page of [sam, ada])
      await expect
        .poll(() => page.getByTestId('live-set-now').textContent(), { timeout: 10_000 })
        .toContain('♪ Class song');
    // A student's Play is their own: it does not stop the class.
    expect(await sam.getByText('Play plays for everyone').count()).toBe(0);

    // Everyone leaves; the classroom keeps the song, and a student who comes back finds it.
    for (const page of [sam, ada, iris]) await page.context().close();
    const back = await openClassSong('Sam Reyes');
    await expect.poll(() => tracksOn(back), { timeout: 20_000 }).toBe('Tracks: Mono bass');
    await back.context().close();
  });
});
