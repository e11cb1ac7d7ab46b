// Moderation as the venue's people do it, in the real product and two browsers: a signed-in moderator lets
// a space admit members only, then bans a guest from the whole venue, who is removed at once and barred
// when they come back, pass and all, until the moderator lifts the ban on the venue's staff page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api.ts';
import { enterSpace, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const MODERATOR = { email: 'mod@example.org', password: 'a long enough password', displayName: 'Mo' };

async function moderatorPage(): Promise<Page> {
  await callApi(under.product.url, 'POST', '/api/auth/sign-up', null, MODERATOR);
  await under.grantRole(MODERATOR.email, 'moderator');
  const page = await (await under.browser.newContext({ viewport: { width: 1100, height: 700 } })).newPage();
  await page.goto(new URL('/learn', under.product.url).href);
  await page.getByLabel('Email').fill(MODERATOR.email);
  await page.getByLabel('Password').fill(MODERATOR.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await enterSpace(page, `${under.product.url}#main-gallery`, 'Mo', 'main-gallery');
  return page;
}

async function guestPage(name: string): Promise<Page> {
  const page = await (await under.browser.newContext({ viewport: { width: 1100, height: 700 } })).newPage();
  await enterSpace(page, `${under.product.url}#main-gallery`, name, 'main-gallery');
  return page;
}

describe('moderating a space', () => {
  let mod: Page;

  it('lets a moderator make the gallery members only: a guest is then told to sign in', async () => {
    mod = await moderatorPage();
    const toggle = mod.getByRole('checkbox', { name: 'Members only' });
    await expect.poll(() => toggle.isEnabled(), { timeout: 10_000 }).toBe(true);
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    const page = await (await under.browser.newContext()).newPage();
    await page.goto(`${under.product.url}#main-gallery`);
    await page.getByLabel('Your name').fill('Gus');
    await page.getByRole('button', { name: 'Enter the venue' }).click();
    await page.getByText('This space admits members only: sign in to enter.').waitFor({ timeout: 30_000 });
    await toggle.uncheck();
    await expect.poll(() => toggle.isChecked()).toBe(false);
  });

  it('bans a guest from the whole venue: out at once, and barred when they come back', async () => {
    const troll = await guestPage('Troll');
    const row = mod.getByTestId('person-row').filter({ hasText: 'Troll' });
    await row.waitFor({ timeout: 10_000 });
    await row.getByLabel('Moderate Troll').click();
    await row.getByRole('button', { name: 'Ban…' }).click();
    await row.getByLabel('the whole venue').check();
    await row.getByLabel('Reason (for the staff)').fill('spamming the chat');
    await row.getByRole('button', { name: 'Ban', exact: true }).click();
    await troll.getByText('A moderator removed you from this space.').waitFor({ timeout: 20_000 });
    await expect.poll(() => mod.getByTestId('person-row').filter({ hasText: 'Troll' }).count()).toBe(0);
    // Coming back, even to another space, with the pass their page kept.
    await troll.goto(`${under.product.url}#lobby`);
    await troll.reload();
    await troll.getByLabel('Your name').fill('Troll');
    await troll.getByRole('button', { name: 'Enter the venue' }).click();
    await troll.getByText('A moderator has barred you from this venue.').waitFor({ timeout: 30_000 });

    // The moderator finds the ban on the venue's staff page, reached from the venue, and lifts it.
    const staffPage = mod.getByRole('link', { name: 'The venue’s staff page' });
    if (!(await staffPage.isVisible())) await mod.getByText('Go to…').click(); // folded on small screens
    await staffPage.click();
    const bans = mod.getByTestId('bans');
    await bans.getByText('spamming the chat').waitFor({ timeout: 20_000 });
    await bans.getByRole('button', { name: 'Lift the ban on Troll' }).click();
    await mod.getByText('Nobody is banned.').waitFor({ timeout: 10_000 });
    await troll.goto('about:blank');
    await enterSpace(troll, `${under.product.url}#lobby`, 'Troll', 'lobby');
  });
});
