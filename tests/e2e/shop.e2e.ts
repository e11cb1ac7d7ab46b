// Buying in the venue: a work's panel in the gallery (its curator's text, its artist, a print to get), and
// a stage's door during a show (a ticket to get, then in); against the real product, signed in on the way.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artistWithWork, callApi } from '../support/api.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';
import { approveEverything } from '../support/venue.ts';

const under = useProductUnderTest({ reachableDatabase: true });

const IMAGE = fileURLToPath(new URL('../../assets/artworks/interference.png', import.meta.url));

const api = <T>(method: string, route: string, token: string | null, body?: object | FormData) =>
  callApi<T>(under.product.url, method, route, token, body);

/**
 * An artist who asks to hang a work in the gallery with a free print of it, and to book a free show on the
 * stage; the venue approves both.
 */
async function setTheScene(): Promise<void> {
  const { token, workId } = await artistWithWork(
    under.product.url,
    {
      email: 'mara@example.org',
      password: 'a long enough password',
      displayName: 'Mara Quill',
      bio: 'Paints interference patterns.',
    },
    { image: IMAGE, title: 'Moiré Nine', year: 2026, medium: 'Giclée' },
  );
  await api('POST', '/api/exhibitions', token, {
    space: 'main-gallery',
    title: 'Interference',
    works: [{ id: workId, text: 'Hung low, to be seen seated.' }],
  });
  await api('POST', '/api/listings', token, {
    kind: 'print',
    artworkId: workId,
    edition: 2,
    priceMinor: 0,
    currency: 'usd',
  });
  await api('POST', '/api/shows', token, {
    space: 'main-stage',
    title: 'Night Signals',
    startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
    durationMinutes: 60,
    capacity: 10,
    priceMinor: 0,
    currency: 'usd',
  });
  await approveEverything(under.product.url, under.grantRole);
}

/** The list of places names the show and when it starts (in the browser's own locale and time zone). */
const SHOW_ON_NEXT = /\d\d:\d\d(\s?[AP]M)?: Night Signals/;

describe('buying in the venue', () => {
  it('gets a print from a work’s panel, then a ticket at the stage door, signing in on the way', async () => {
    await setTheScene();
    const context = await under.browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await enterSpace(page, `${under.product.url}#main-gallery`, 'Noor', 'main-gallery');

    await page.getByRole('button', { name: /In this room/ }).click();
    await page.getByRole('button', { name: 'Moiré Nine' }).click();
    const panel = page.getByTestId('artwork-panel');
    await panel.getByText('Hung low, to be seen seated.').waitFor();
    await panel.getByText('Paints interference patterns.').waitFor();
    await panel.getByRole('button', { name: 'A print (2 of 2 left) · Free' }).click();
    await panel.getByRole('button', { name: 'New here? Make an account' }).click();
    await panel.getByLabel('Your name').fill('Noor Haddad');
    await panel.getByLabel('Email').fill('noor@example.org');
    await panel.getByLabel('Password').fill('another long password');
    await panel.getByRole('button', { name: 'Make my account' }).click();
    await panel.getByRole('button', { name: 'A print (2 of 2 left) · Free' }).click();
    await panel.getByText('It is yours').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'shop-artwork-panel.png') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The show is about to start: the list of places says so, the stage takes a ticket, which the door offers.
    await expect(page.getByTestId('go-main-stage').textContent()).resolves.toMatch(SHOW_ON_NEXT);
    await page.getByTestId('go-main-stage').click();
    await page.getByText('Not without a place').waitFor({ timeout: 30_000 });
    await page.getByTestId('ticket-offer').getByRole('button', { name: 'Get a ticket · Free' }).click();
    await page.getByText('It is yours').waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('main[data-space="main-stage"]').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
