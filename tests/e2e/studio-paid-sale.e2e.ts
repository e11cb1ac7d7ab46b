// An artist from sign-up to a sold print, paid through Stripe (the backend tests' local Stripe, which speaks its
// wire format; its webhooks delivered to the product signed as Stripe signs them): the artist signs up on
// /studio, makes a profile, uploads a picture, sets up payouts (the test plays Stripe's onboarding), lists a
// print at $25.00 seeing the venue's commission first; a buyer gets it from the work's panel in the gallery and
// pays on Checkout (played by the test); the artist sees the order paid and, on Payouts, the split as amounts,
// then Stripe's payout of their share to their bank, and opens their Stripe dashboard from there.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/api.ts';
import { useLocalStripe } from '../support/local-stripe.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';
import { approveEverything } from '../support/venue.ts';

// The local Stripe starts first (its hooks are declared first); the product is pointed at it.
const local = useLocalStripe();
const under = useProductUnderTest({ reachableDatabase: true, env: local.env });

const IMAGE = fileURLToPath(new URL('../../assets/artworks/interference.png', import.meta.url));
const PASSWORD = 'a long enough password';
const ARTIST = { displayName: 'Ines Marlow', email: 'ines@example.org' };
const BUYER = { displayName: 'Noor Haddad', email: 'noor@example.org' };

const api = <T>(method: string, route: string, token: string | null, body?: object) =>
  callApi<T>(under.product.url, method, route, token, body);

/** A screenshot of the whole page: the studio scrolls inside `.learn`, which a full-page shot does not follow. */
async function shot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1100, height: 900 };
  const height = await page.evaluate(() => document.querySelector('.learn')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: path.join(ARTIFACTS, `studio-paid-sale-${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Stripe's own pages (onboarding, Checkout) are not loaded: the browser gets a stand-in, and the test plays Stripe. */
async function standInForStripePages(context: BrowserContext): Promise<void> {
  await context.route(`${local.stripe().apiBase}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Stripe (played by the test)</h1>' }),
  );
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name, exact: true }).click();

describe('an artist’s paid sale, through Stripe', () => {
  it('takes an artist from sign-up to a print sold for $25.00, paid out less the venue’s commission', async () => {
    const stripe = local.stripe();
    const context = await under.browser.newContext({ viewport: { width: 1100, height: 900 } });
    await standInForStripePages(context);
    const studio = await context.newPage();
    const errors: string[] = [];
    studio.on('pageerror', (error) => errors.push(error.message));

    // Sign-up on /studio, then the profile.
    await studio.goto(new URL('/studio/profile', under.product.url).href);
    await studio.getByRole('button', { name: 'New here? Make an account' }).click();
    await studio.getByLabel('Your name').fill(ARTIST.displayName);
    await studio.getByLabel('Email').fill(ARTIST.email);
    await studio.getByLabel('Password').fill(PASSWORD);
    await studio.getByRole('button', { name: 'Make my account' }).click();
    await studio.getByText('You have no artist profile yet.').waitFor();
    await studio.getByLabel('Name', { exact: true }).fill(ARTIST.displayName);
    await studio.getByLabel('Bio').fill('Paints interference patterns, prints on cotton rag.');
    await studio.getByRole('button', { name: 'Make my profile' }).click();
    await studio.getByText('Profile made: you can add works now.').waitFor();

    // Works: a picture from the file picker.
    await tab(studio, 'Works');
    await studio.getByText('No works yet: add some above.').waitFor();
    await studio.getByLabel('Choose files').setInputFiles(IMAGE);
    await studio
      .getByRole('list', { name: 'Uploads' })
      .getByRole('listitem')
      .filter({ hasText: 'interference.png' })
      .getByText('Done')
      .waitFor({ timeout: 60_000 });
    await studio.locator('.work-card').filter({ hasText: 'Interference' }).waitFor();

    // Payouts: not set up; the page sends the artist to Stripe's onboarding.
    await tab(studio, 'Payouts');
    const account = studio.getByTestId('payout-account');
    await account.getByText('Payouts are not set up').waitFor();
    expect(await account.getAttribute('data-state')).toBe('not-connected');
    await studio.getByText('No sales yet.').waitFor();
    await shot(studio, 'payouts-not-set-up');
    await account.getByRole('button', { name: 'Set up payouts with Stripe' }).click();
    await studio.waitForURL(`${stripe.apiBase}/setup/e/**`);
    const accountId = new URL(studio.url()).pathname.split('/')[3] ?? '';
    expect(accountId).toMatch(/^acct_/);
    const link = stripe.requests.findLast((request) => request.path === '/v1/account_links');
    expect(link?.params).toMatchObject({ account: accountId, type: 'account_onboarding' });
    const returnUrl = String(link?.params.return_url);
    expect(returnUrl).toBe(new URL('/studio/payouts?onboarding=done', under.product.url).href);
    // Stripe's side: the artist finishes onboarding there; Stripe tells the venue and sends the artist back.
    await local.deliver(under.product.url, stripe.completeOnboarding(accountId));
    await studio.goto(returnUrl);
    await account.getByText('Payouts are on').waitFor();
    expect(await account.getAttribute('data-state')).toBe('ready');
    await account.getByRole('button', { name: 'Update your Stripe details' }).waitFor();
    await shot(studio, 'payouts-ready');

    // Sales: a print edition at $25.00, the venue's commission shown before listing.
    await tab(studio, 'Sales');
    await studio.getByRole('heading', { name: 'Put something up for sale' }).waitFor();
    await studio.getByText('Nothing listed yet').waitFor();
    await studio.getByLabel('Prints (an edition)').check();
    await studio.getByLabel('Which work').selectOption({ label: 'Interference' });
    await studio.getByLabel('Edition size').fill('5');
    await studio.getByLabel(/^Price/).fill('25.00');
    expect(await studio.getByLabel('Currency').inputValue()).toBe('usd');
    const preview = studio.getByTestId('commission-preview');
    await expect
      .poll(() => preview.textContent())
      .toMatch(/keeps 15\s?% of each sale: \$3\.75, and you get \$21\.25/);
    await shot(studio, 'listing');
    await studio.getByRole('button', { name: 'List it' }).click();
    await studio.getByText('“Interference (print)” is on sale.').waitFor();
    const listings = studio.getByTestId('my-listings');
    await listings.getByText('0 of 5 sold · 5 left').waitFor();

    // The work hangs in the gallery (asked for through the API, approved by the venue).
    const { accessToken: artistToken } = await api<{ accessToken: string }>(
      'POST',
      '/api/auth/sign-in',
      null,
      {
        email: ARTIST.email,
        password: PASSWORD,
      },
    );
    const me = await api<{ works: { id: string; title: string }[] }>('GET', '/api/artists/me', artistToken);
    const work = me.works.find((item) => item.title === 'Interference');
    await api('POST', '/api/exhibitions', artistToken, {
      space: 'main-gallery',
      title: 'Interference',
      works: [{ id: work?.id, text: 'Printed on cotton rag, in an edition of five.' }],
    });
    await approveEverything(under.product.url, under.grantRole);

    // The buyer: signed up already, finds the work's panel in the gallery and buys a print there.
    await api('POST', '/api/auth/sign-up', null, { ...BUYER, password: PASSWORD });
    const buyerContext = await under.browser.newContext({ viewport: { width: 1000, height: 700 } });
    await standInForStripePages(buyerContext);
    const buyer = await buyerContext.newPage();
    buyer.on('pageerror', (error) => errors.push(error.message));
    await enterSpace(buyer, `${under.product.url}#main-gallery`, 'Noor', 'main-gallery');
    await buyer.getByRole('button', { name: /In this room/ }).click();
    await buyer.getByRole('button', { name: 'Interference' }).click();
    const panel = buyer.getByTestId('artwork-panel');
    const buy = panel.getByRole('button', { name: 'A print (5 of 5 left) · $25.00' });
    await buy.click();
    await panel.getByLabel('Email').fill(BUYER.email);
    await panel.getByLabel('Password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Sign in', exact: true }).click();
    await buy.click();
    // Off to Checkout: the browser goes to the session's page, which the test plays.
    await buyer.waitForURL(`${stripe.apiBase}/c/pay/**`);
    const sessionId = new URL(buyer.url()).pathname.split('/').pop() ?? '';
    const session = stripe.session(sessionId);
    expect(session).toMatchObject({ mode: 'payment', amount_total: 2500, currency: 'usd', status: 'open' });
    expect(session?.success_url).toMatch(new RegExp(`^${under.product.url}\\?order=.+&checkout=done$`));

    // Before paying, the artist sees the order waiting.
    await studio.reload();
    const order = studio.getByTestId('orders').locator('li').filter({ hasText: 'Interference (print)' });
    await order.getByText(BUYER.displayName).waitFor();
    expect(await order.locator('.state').textContent()).toBe('Awaiting payment');

    // The buyer pays; Stripe tells the venue.
    const paid = stripe.pay(sessionId);
    expect(paid.map((event) => event.type)).toEqual(['checkout.session.completed']);
    for (const event of paid) await local.deliver(under.product.url, event);
    await buyerContext.close();

    // The artist's Sales tab: the order paid, by the buyer, for $25.00.
    await studio.reload();
    await expect.poll(() => order.locator('.state').textContent()).toBe('Paid');
    const orderText = (await order.textContent()) ?? '';
    expect(orderText).toContain(`${BUYER.displayName} ·`);
    expect(orderText).toMatch(/· \$25\.00/);
    expect(orderText).toMatch(/Venue’s commission \$3\.75 · yours \$21\.25/);
    await listings.getByText('1 of 5 sold · 4 left').waitFor();
    await shot(studio, 'sales-paid');

    // Payouts: the sale, the venue's commission and the artist's share, as amounts; the balance is the share.
    await tab(studio, 'Payouts');
    const earnings = studio.getByTestId('earnings');
    await earnings.waitFor();
    const rows = await earnings.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Interference \(print\).*\$25\.00.*15\s?% · \$3\.75.*\$21\.25/);
    expect(await earnings.locator('tfoot tr').allTextContents()).toEqual([
      expect.stringMatching(/Kept, USD.*\$3\.75.*\$21\.25/),
    ]);
    await studio.getByTestId('balances').getByText('$21.25').waitFor();
    await shot(studio, 'payouts-split');

    // Stripe pays the share out to the artist's bank (played by the test): the tab lists it, amount and status.
    const bank = studio.getByTestId('bank-payouts');
    await bank.getByText('No payouts yet: Stripe sends your share on its schedule.').waitFor();
    stripe.payout(accountId, { amount: 2125, currency: 'usd', status: 'in_transit' });
    await studio.reload();
    const payout = bank.getByRole('listitem').filter({ hasText: '$21.25' });
    await payout.getByText('On its way to your bank').waitFor();
    expect(await bank.getByRole('listitem').count()).toBe(1);
    await shot(studio, 'payouts-bank');

    // A phone's width: the split still reads, nothing wider than the screen.
    await studio.setViewportSize({ width: 390, height: 844 });
    await earnings.scrollIntoViewIfNeeded();
    await shot(studio, 'payouts-split-phone');
    const overflow = await studio.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The artist's Stripe Express dashboard, through a login link Stripe makes for their account.
    await bank.getByRole('button', { name: 'Open your Stripe dashboard' }).click();
    await studio.waitForURL(`${stripe.apiBase}/express/${accountId}/**`);

    expect(errors).toEqual([]);
    await context.close();
  });
});
