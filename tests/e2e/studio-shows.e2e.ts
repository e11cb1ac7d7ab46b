// A performer's show from the studio, in the real product: they ask for the stage with a running order (a
// refusal shows next to its field and loses nothing), the venue approves, the doors open, they go live from
// the studio and step through the acts on stage while a fan in the audience sees each one; afterwards the
// studio counts the tickets and who came.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';
import { onStage } from '../support/stage-show.ts';
import { approveEverything } from '../support/venue.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const PASSWORD = 'a long enough password';
const PERFORMER = { name: 'Lio Marsh', email: 'lio@example.org' };
const FAN = { name: 'Ada Fern', email: 'ada@example.org' };

const api = <T>(method: string, route: string, token: string | null, body?: object) =>
  callApi<T>(under.product.url, method, route, token, body);

async function signUp(who: { name: string; email: string }): Promise<string> {
  const session = await api<{ accessToken: string }>('POST', '/api/auth/sign-up', null, {
    email: who.email,
    password: PASSWORD,
    displayName: who.name,
  });
  return session.accessToken;
}

async function signInOnPage(page: Page, who: { email: string }): Promise<void> {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The datetime-local value for `minutes` from now, in the page's own time zone. */
const localInMinutes = (page: Page, minutes: number) =>
  page.evaluate((ms) => {
    const date = new Date(Date.now() + ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes * 60_000);

describe('a show from the studio', () => {
  it('is requested with a running order, approved, performed act by act, and counted', async () => {
    const token = await signUp(PERFORMER);
    await api('PUT', '/api/artists/me', token, { name: PERFORMER.name });

    const context = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const studio = await context.newPage();
    const errors: string[] = [];
    studio.on('pageerror', (error) => errors.push(error.message));
    await studio.goto(new URL('/studio/shows', under.product.url).href);
    await signInOnPage(studio, PERFORMER);
    await studio.getByRole('heading', { name: 'Request a stage' }).waitFor();
    await studio.getByText('No shows yet', { exact: false }).waitFor();

    await studio.getByLabel('Title').fill('Night Tides');
    await studio.getByLabel('Starts').fill(await localInMinutes(studio, 10));
    await studio.getByLabel('Tickets').fill('600');
    const acts = [
      { title: 'Overture', lights: 'Cool', screen: 'Welcome aboard' },
      { title: 'Storm', lights: 'Party', screen: '' },
      { title: 'Encore', lights: '', screen: '' },
    ];
    for (const [index, act] of acts.entries()) {
      await studio.getByRole('button', { name: 'Add an act' }).click();
      await studio.getByRole('textbox', { name: `Act ${index + 1}`, exact: true }).fill(act.title);
      const row = studio.locator('.act').nth(index);
      if (act.lights) await row.getByLabel('Lights').selectOption({ label: act.lights });
      if (act.screen) await row.getByLabel('Screen').fill(act.screen);
    }
    await studio.getByRole('button', { name: 'Send the request' }).click();
    // The stage holds fewer: the refusal sits under the tickets field, and the form keeps what was typed.
    const tickets = studio.getByLabel('Tickets');
    await expect.poll(() => tickets.getAttribute('aria-invalid')).toBe('true');
    await studio.getByText(/holds at most/).waitFor();
    expect(await studio.getByLabel('Title').inputValue()).toBe('Night Tides');
    expect(await studio.getByRole('textbox', { name: 'Act 3', exact: true }).inputValue()).toBe('Encore');
    await studio.screenshot({ path: path.join(ARTIFACTS, 'studio-shows-refused.png'), fullPage: true });

    await tickets.fill('20');
    await studio.getByRole('button', { name: 'Send the request' }).click();
    const card = studio.getByTestId('my-show').filter({ hasText: 'Night Tides' });
    await card.getByText('Waiting for the venue').waitFor();
    expect(await card.getByRole('list', { name: 'Running order' }).textContent()).toContain('Storm');

    await approveEverything(under.product.url, under.grantRole);
    // A fan finds the show on the performer's portfolio and takes a ticket there, signing in on the way.
    await signUp(FAN);
    const { id: artistId } = await api<{ id: string }>('GET', '/api/artists/me', token);
    const portfolio = await (await under.browser.newContext()).newPage();
    await portfolio.goto(new URL(`/artists/${artistId}`, under.product.url).href);
    await portfolio.getByRole('heading', { name: 'Upcoming shows' }).waitFor();
    const offer = portfolio.getByTestId('ticket-offer');
    await offer.getByText('Night Tides').waitFor();
    await offer.getByRole('button', { name: 'Get a ticket · Free' }).click();
    await signInOnPage(portfolio, FAN);
    await offer.getByRole('button', { name: 'Get a ticket · Free' }).click();
    await portfolio.getByText('It is yours').waitFor();
    await portfolio.screenshot({ path: path.join(ARTIFACTS, 'studio-shows-portfolio-ticket.png') });
    await portfolio.context().close();

    await studio.reload();
    await card.getByText('Doors open').waitFor();
    await studio.screenshot({ path: path.join(ARTIFACTS, 'studio-shows-doors-open.png'), fullPage: true });

    // Going live: from the studio to the stage, as its performer, with the running order loaded.
    await card.getByRole('link', { name: 'Go live on Main Stage' }).click();
    await studio.getByLabel('Your name').fill(PERFORMER.name);
    await studio.getByRole('button', { name: 'Enter the venue' }).click();
    await studio.locator('main[data-space="main-stage"]').waitFor({ timeout: 30_000 });
    const console_ = studio.getByRole('region', { name: 'Night Tides' });
    await console_.waitFor({ timeout: 30_000 });
    await studio.getByTestId('stage-now').getByText('Act 1 of 3: Overture · Welcome aboard').waitFor();

    const fan = await onStage(under.browser, under.product.url, FAN);
    await fan.getByTestId('stage-now').getByText('Act 1 of 3: Overture').waitFor({ timeout: 30_000 });
    // A presenter remote's Page Down, then the button: every page on the stage follows.
    await studio.locator('canvas').first().click();
    // The console listens for keys once its running order is loaded; a loaded machine may take a moment, so
    // the press is repeated until the performer's own page shows the next act (never past it).
    const performerNow = studio.getByTestId('stage-now');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await studio.keyboard.press('PageDown');
      const moved = await performerNow
        .getByText('Act 2 of 3: Storm')
        .waitFor({ timeout: 4_000 })
        .then(() => true)
        .catch(() => false);
      if (moved) break;
    }
    await fan.getByTestId('stage-now').getByText('Act 2 of 3: Storm').waitFor({ timeout: 15_000 });
    await console_.getByRole('button', { name: 'Next act' }).click();
    await fan.getByTestId('stage-now').getByText('Act 3 of 3: Encore').waitFor({ timeout: 15_000 });
    // The last act reached, there is no next (the console learns it from the room, a moment after the fan).
    await expect.poll(() => console_.getByRole('button', { name: 'Next act' }).isDisabled()).toBe(true);
    await studio.screenshot({ path: path.join(ARTIFACTS, 'studio-shows-on-stage.png') });

    // Back in the studio: one ticket held, and its holder came in.
    await studio.goto(new URL('/studio/shows', under.product.url).href);
    const figures = studio.getByRole('definition');
    await studio.getByText('1 of 20').waitFor();
    expect(await figures.allTextContents()).toEqual(['1 of 20', '1', '$0.00', '$0.00', '$0.00']);

    await studio.setViewportSize({ width: 390, height: 844 });
    await studio.screenshot({ path: path.join(ARTIFACTS, 'studio-shows-phone.png'), fullPage: true });
    const overflow = await studio.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
