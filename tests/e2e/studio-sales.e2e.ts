// Selling from the studio, in the real product (without Stripe keys, so sales are free): an artist lists
// prints of a work and commission slots, seeing the venue's commission before listing; a buyer gets both;
// the artist reports on the commission (which the buyer reads) and refunds the print; the Payouts tab shows
// each sale's split and that this venue takes no payments; the Plan tab shows the tiers and the usage.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artistWithWork, callApi } from '../support/api.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest();
const PASSWORD = 'a long enough password';
const ARTIST = { displayName: 'Mara Quill', email: 'mara@example.org' };
const BUYER = { displayName: 'Noor Haddad', email: 'noor@example.org' };
const IMAGE = fileURLToPath(new URL('../../assets/artworks/interference.png', import.meta.url));

const api = <T>(method: string, route: string, token: string | null, body?: object) =>
  callApi<T>(under.product.url, method, route, token, body);

async function signInOnPage(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `studio-sales-${name}.png`), fullPage: true });

describe('selling from the studio', () => {
  it('lists prints and a commission, sells both, reports on the commission, refunds the print, and shows the split and the plan', async () => {
    await artistWithWork(
      under.product.url,
      { ...ARTIST, password: PASSWORD },
      { image: IMAGE, title: 'Moiré Nine', year: 2026 },
    );
    const { accessToken: buyerToken } = await api<{ accessToken: string }>(
      'POST',
      '/api/auth/sign-up',
      null,
      {
        ...BUYER,
        password: PASSWORD,
      },
    );

    const context = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const studio = await context.newPage();
    const errors: string[] = [];
    studio.on('pageerror', (error) => errors.push(error.message));
    await studio.goto(new URL('/studio/sales', under.product.url).href);
    await signInOnPage(studio, ARTIST.email);
    await studio.getByRole('heading', { name: 'Put something up for sale' }).waitFor();
    await studio.getByText('Nothing listed yet').waitFor();

    // Prints: the venue's commission shows before listing; a refusal keeps what was typed.
    await studio.getByLabel('Prints (an edition)').check();
    await studio.getByLabel('Which work').selectOption({ label: 'Moiré Nine' });
    await studio.getByLabel('Edition size').fill('0');
    await studio.getByLabel(/^Price/).fill('25');
    const preview = studio.getByTestId('commission-preview');
    await expect
      .poll(() => preview.textContent())
      .toMatch(/keeps 15\s?% of each sale: \$3\.75, and you get \$21\.25/);
    await studio.getByRole('button', { name: 'List it' }).click();
    const edition = studio.getByLabel('Edition size');
    await expect.poll(() => edition.getAttribute('aria-invalid')).toBe('true');
    await studio.locator('.field-error', { hasText: 'Write a whole number from 1 to 10,000.' }).waitFor();
    await edition.fill('5');
    await studio.getByRole('button', { name: 'List it' }).click();
    // No Stripe keys on this venue: a paid listing is refused, and the form loses nothing.
    await studio.getByText(/Payments are not configured on this venue/).waitFor();
    expect(await studio.getByLabel(/^Price/).inputValue()).toBe('25');
    expect(await edition.inputValue()).toBe('5');
    await shot(studio, 'refused');
    await studio.getByLabel(/^Price/).fill('');
    await studio.getByRole('button', { name: 'List it' }).click();
    await studio.getByText('“Moiré Nine (print)” is on sale.').waitFor();

    // A commission slot.
    await studio.getByLabel('Commission slots').check();
    await studio.getByLabel('What you will make').fill('A portrait of your house');
    await studio.getByLabel('How many slots').fill('3');
    await expect.poll(() => preview.textContent()).toMatch(/keeps 5\s?% of each sale/);
    await studio.getByRole('button', { name: 'List it' }).click();
    await studio.getByText('“A portrait of your house” is on sale.').waitFor();
    const listings = studio.getByTestId('my-listings');
    await listings.getByText('0 of 5 sold · 5 left').waitFor();
    await listings.getByText('0 of 3 sold · 3 left').waitFor();

    // The buyer gets one of each.
    const market = await api<{ id: string; title: string }[]>('GET', '/api/listings', null);
    for (const title of ['Moiré Nine (print)', 'A portrait of your house']) {
      const listing = market.find((item) => item.title === title);
      await api('POST', '/api/orders', buyerToken, { listingId: listing?.id });
    }

    await studio.reload();
    const orders = studio.getByTestId('orders');
    const commission = orders.locator('li').filter({ hasText: 'A portrait of your house' });
    const print = orders.locator('li').filter({ hasText: 'Moiré Nine (print)' });
    await commission.getByText('Noor Haddad').first().waitFor();
    expect(await print.locator('.state').textContent()).toBe('Paid');
    await listings.getByText('1 of 5 sold · 4 left').waitFor();
    await commission.getByTestId('commission-status').getByText('New request').waitFor();

    await commission.getByLabel('Where it stands').selectOption({ label: 'In progress' });
    await commission.getByLabel('A message to Noor Haddad').fill('The sketch is done: colour next week.');
    await commission.getByRole('button', { name: 'Send to Noor Haddad' }).click();
    await commission.getByTestId('commission-status').getByText('In progress').waitFor();
    await commission.getByText('The sketch is done: colour next week.').waitFor();

    // Refunding asks first.
    await print.getByRole('button', { name: 'Refund Noor Haddad' }).click();
    await print.getByText('Refund Noor Haddad’s order of “Moiré Nine (print)” in full?').waitFor();
    await shot(studio, 'orders');
    await print.getByRole('button', { name: 'Refund', exact: true }).click();
    await expect.poll(() => print.locator('.state').textContent()).toBe('Refunded');
    await shot(studio, 'refunded');

    // The buyer reads the artist's news where they see what they bought.
    const buyerContext = await under.browser.newContext({ viewport: { width: 390, height: 844 } });
    const buyer = await buyerContext.newPage();
    buyer.on('pageerror', (error) => errors.push(error.message));
    await buyer.goto(new URL('/studio/sales', under.product.url).href);
    await signInOnPage(buyer, BUYER.email);
    const bought = buyer.getByTestId('purchases');
    await bought.getByText('The sketch is done: colour next week.').waitFor();
    await bought
      .locator('li')
      .filter({ hasText: 'A portrait of your house' })
      .getByText(/In progress/)
      .first()
      .waitFor();
    await bought
      .locator('li')
      .filter({ hasText: 'Moiré Nine (print)' })
      .getByText(/Refunded/)
      .waitFor();
    await buyer.getByTestId('purchases').scrollIntoViewIfNeeded();
    await shot(buyer, 'buyer-phone');
    await buyerContext.close();

    // Payouts: this venue has no Stripe keys, and each sale shows the venue's commission and the artist's share.
    await studio.getByRole('link', { name: 'Payouts', exact: true }).click();
    const account = studio.getByTestId('payout-account');
    await account.getByText('Stripe is not configured on this venue').waitFor();
    expect(await account.getAttribute('data-state')).toBe('no-stripe');
    await account.getByText(/free sales need no payout/).waitFor();
    const earnings = studio.getByTestId('earnings');
    await earnings.waitFor();
    const rows = await earnings.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/A portrait of your house.*Free.*5\s?% · \$0\.00.*\$0\.00/);
    expect(rows[1]).toMatch(/Moiré Nine \(print\).*refunded.*Free.*15\s?% · \$0\.00/);
    await shot(studio, 'payouts');

    // Plan: the four tiers and what the artist uses of Creator Free.
    await studio.getByRole('link', { name: 'Plan', exact: true }).click();
    await studio.getByRole('heading', { name: 'You are on Creator Free' }).waitFor();
    const tiers = studio.getByTestId('tiers');
    expect(await tiers.getByRole('heading').allTextContents()).toEqual([
      'Creator Free',
      'Creator Pro',
      'Studio',
      'Enterprise',
    ]);
    await tiers.getByText('$19.00 a month').waitFor();
    await tiers.getByRole('button', { name: 'Upgrade to Creator Pro' }).waitFor();
    const usage = studio.getByTestId('usage');
    expect(await usage.locator('dd').allTextContents()).toEqual([
      expect.stringMatching(/^[\d.]+\s?(kB|MB) of 5\s?GB/),
      '2 (no limit)',
      'Not in your plan',
    ]);
    await studio.getByText('API keys for your own scripts come with the Enterprise plan.').waitFor();
    await shot(studio, 'plan');

    // A phone's width: nothing wider than the screen.
    await studio.setViewportSize({ width: 390, height: 844 });
    for (const tab of ['sales', 'payouts', 'plan']) {
      await studio.getByRole('link', { name: tab[0]?.toUpperCase() + tab.slice(1), exact: true }).click();
      await studio
        .getByRole('heading', { level: 1 })
        .filter({ hasText: new RegExp(`^${tab}$`, 'i') })
        .waitFor();
      await studio.waitForLoadState('networkidle');
      if (tab === 'sales') {
        await studio.locator('form.sell-form').scrollIntoViewIfNeeded();
        await shot(studio, 'sell-form-phone');
      }
      const last = studio.locator('main section').last();
      await last.scrollIntoViewIfNeeded();
      await shot(studio, `${tab}-phone`);
      const overflow = await studio.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
