// The venue's own page, /venue, in the real product: an artist asks to hang an exhibition and to book the
// stage; a curator signs in on /venue, approves the exhibition (which the gallery then shows, in the world)
// and declines the show with a reason, by keyboard; the artist reads both answers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artistWithWork, callApi } from '../support/api.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const IMAGE = fileURLToPath(new URL('../../assets/artworks/interference.png', import.meta.url));
const PASSWORD = 'a long enough password';
const ARTIST = { email: 'mara@example.org', displayName: 'Mara Quill' };
const CURATOR = { email: 'cora@example.org', displayName: 'Cora Lind' };

const api = <T>(method: string, route: string, token: string | null, body?: object | FormData) =>
  callApi<T>(under.product.url, method, route, token, body);

/** The artist's requests: an exhibition of one work in the gallery, and a show on the stage. */
async function askTheVenue(): Promise<string> {
  const { token, workId } = await artistWithWork(
    under.product.url,
    { ...ARTIST, password: PASSWORD },
    { image: IMAGE, title: 'Moiré Nine', year: 2026 },
  );
  await api('POST', '/api/exhibitions', token, {
    space: 'main-gallery',
    title: 'Interference',
    works: [workId],
  });
  await api('POST', '/api/shows', token, {
    space: 'main-stage',
    title: 'Night Noise',
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    durationMinutes: 60,
    capacity: 10,
    priceMinor: 0,
    currency: 'usd',
  });
  return token;
}

const shownInGallery = async () =>
  (await api<{ exhibition: { title: string } | null }>('GET', '/api/spaces/main-gallery', null)).exhibition
    ?.title;

describe('the venue’s page', () => {
  it('lets a curator approve an exhibition, which the gallery then shows, and decline a show with a reason', async () => {
    const artistToken = await askTheVenue();
    await api('POST', '/api/auth/sign-up', null, { ...CURATOR, password: PASSWORD });
    await under.grantRole(CURATOR.email, 'curator');
    expect(await shownInGallery()).toBe('Rules and Chance');

    const context = await under.browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/venue', under.product.url).href);
    await page.getByLabel('Email').fill(CURATOR.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Requests for the venue’s spaces' }).waitFor();
    const request = page.getByTestId('exhibition-request').filter({ hasText: 'Interference' });
    await request.getByText('Mara Quill · Main Gallery').waitFor();
    const thumbnail = request.getByRole('img', { name: 'Moiré Nine' });
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'venue-requests.png') });

    await page.getByRole('button', { name: 'Approve Interference' }).click();
    await page.getByText('No exhibition is waiting for an answer.').waitFor();
    await page.getByTestId('scheduled').getByText('Interference').waitFor();
    expect(await shownInGallery()).toBe('Interference');

    // Declining asks why, and the keyboard goes there; a decline without a reason is not sent.
    await page.getByRole('button', { name: 'Decline Night Noise' }).press('Enter');
    const why = page.getByLabel('Why not? The artist reads this.');
    await expect.poll(() => why.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('The stage is closed for repairs that week.');
    await page.getByRole('button', { name: 'Send the decline of Night Noise' }).press('Enter');
    await page.getByText('No show is waiting for an answer.').waitFor();
    expect(errors).toEqual([]);

    const [exhibition] = await api<{ status: string }[]>('GET', '/api/exhibitions/mine', artistToken);
    const [show] = await api<{ status: string; declineReason: string }[]>(
      'GET',
      '/api/shows/mine',
      artistToken,
    );
    expect([exhibition?.status, show?.status, show?.declineReason]).toEqual([
      'approved',
      'declined',
      'The stage is closed for repairs that week.',
    ]);

    // Visitors find the work on the gallery's walls.
    const visitor = await (
      await under.browser.newContext({ viewport: { width: 1000, height: 700 } })
    ).newPage();
    await enterSpace(visitor, `${under.product.url}#main-gallery`, 'Noor', 'main-gallery');
    await visitor.getByRole('button', { name: /In this room/ }).click();
    await visitor.getByRole('button', { name: 'Moiré Nine' }).waitFor();
    await context.close();
  });

  it('lets an admin give a staff role by email and take it away', async () => {
    const admin = { email: 'ada@example.org', displayName: 'Ada Park' };
    await api('POST', '/api/auth/sign-up', null, { ...admin, password: PASSWORD });
    await under.grantRole(admin.email, 'admin');
    await api('POST', '/api/auth/sign-up', null, {
      email: 'mo@example.org',
      displayName: 'Mo',
      password: PASSWORD,
    });
    const page = await (await under.browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
    await page.goto(new URL('/venue', under.product.url).href);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The desk opens on the requests; the staff roles are under People.
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'Staff' }).waitFor();
    await page.getByLabel('Their account’s email').fill('mo@example.org');
    await page.getByLabel('Role').selectOption('moderator');
    await page.getByRole('button', { name: 'Give the role' }).click();
    const staff = page.getByTestId('staff');
    await staff.getByText('mo@example.org · moderator').waitFor();
    await page.getByLabel('Their account’s email').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Give the role' }).click();
    await page
      .getByRole('alert')
      .getByText('There is no account with the email nobody@example.org')
      .waitFor();
    await page.getByRole('button', { name: 'Take moderator from Mo' }).click();
    await expect.poll(() => staff.getByText('mo@example.org').count()).toBe(0);
  });

  it('tells someone who is not on the staff that the page is not for them', async () => {
    const page = await (await under.browser.newContext()).newPage();
    await page.goto(new URL('/venue', under.product.url).href);
    await page.getByLabel('Email').fill(ARTIST.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(/This page is for the venue’s curators/).waitFor();
    expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
  });
});
