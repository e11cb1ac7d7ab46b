// The venue's desk in the real product: a curator puts a requested show on another stage and finds it on the
// calendar; an admin changes the commission (a wrong share refused next to its field) and reads the
// reconciliation, totals in the reader's money and a mismatch highlighted; the moderation log shows those
// acts, and a visitor's report is resolved. Screenshots at desktop and phone width.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artistWithWork, callApi } from '../support/api.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest({ reachableDatabase: true });
const IMAGE = fileURLToPath(new URL('../../assets/artworks/interference.png', import.meta.url));
const PASSWORD = 'a long enough password';
const CURATOR = { email: 'cora@example.org', displayName: 'Cora Lind' };
const ADMIN = { email: 'ada@example.org', displayName: 'Ada Park' };

const api = <T>(method: string, route: string, token: string | null, body?: object) =>
  callApi<T>(under.product.url, method, route, token, body);

/** Runs SQL on the product's database: the venue's second stage, and a sale Stripe saw differently. */
async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: under.databaseUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function signIn(
  browser: Browser,
  who: { email: string },
  width: number,
  address = '/venue',
): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 820 } })).newPage();
  await page.goto(new URL(address, under.product.url).href);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return page;
}

describe('the venue’s desk', () => {
  it('assigns a show to another stage, sets the commission, reconciles, and logs it all', async () => {
    await sql(
      `INSERT INTO spaces (id, slug, kind, name, capacity) VALUES (gen_random_uuid(), 'small-stage', 'stage', 'Small Stage', 60)`,
    );
    const { token } = await artistWithWork(
      under.product.url,
      { email: 'pia@example.org', displayName: 'Pia Sol', password: PASSWORD },
      { image: IMAGE, title: 'Moiré Nine', year: 2026 },
    );
    const show = await api<{ id: string }>('POST', '/api/shows', token, {
      space: 'main-stage',
      title: 'Night Set',
      startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      durationMinutes: 60,
      capacity: 20,
      priceMinor: 0,
      currency: 'usd',
    });
    for (const person of [CURATOR, ADMIN]) {
      await api('POST', '/api/auth/sign-up', null, { ...person, password: PASSWORD });
    }
    await under.grantRole(CURATOR.email, 'curator');
    await under.grantRole(ADMIN.email, 'admin');

    // The curator approves the show on the Small Stage, and finds it there on the calendar.
    const curator = await signIn(under.browser, CURATOR, 1100);
    const errors: string[] = [];
    curator.on('pageerror', (error) => errors.push(error.message));
    const card = curator.getByTestId('show-request').filter({ hasText: 'Night Set' });
    await card.getByLabel('Stage').selectOption({ label: 'Small Stage' });
    await card.getByRole('button', { name: 'Approve Night Set' }).click();
    await curator.getByText('No show is waiting for an answer.').waitFor();
    await curator.getByRole('link', { name: 'Calendar' }).click();
    const calendar = curator.getByTestId('calendar');
    await calendar.waitFor();
    const onSmallStage = calendar.locator('tr[data-space="small-stage"]').getByText('Night Set');
    // Two days on may be next week: → moves the calendar on.
    if ((await onSmallStage.count()) === 0) {
      await curator.getByRole('button', { name: 'Next week →' }).focus();
      await curator.keyboard.press('ArrowRight');
    }
    await onSmallStage.waitFor();
    expect(await calendar.locator('tr[data-space="main-stage"]').getByText('Night Set').count()).toBe(0);
    await curator.screenshot({ path: path.join(ARTIFACTS, 'venue-desk-calendar.png'), fullPage: true });
    expect(await curator.getByRole('link', { name: 'Money' }).count()).toBe(0);

    // A sale Stripe saw differently, for the reconciliation to find.
    await sql(
      `WITH o AS (
         INSERT INTO orders (id, buyer_id, listing_id, status, amount_minor, currency, platform_fee_minor,
                             stripe_amount_minor, paid_at, updated_at)
         SELECT gen_random_uuid(), u.id, l.id, 'paid', 2500, 'usd', 250, 2400, now(), now()
         FROM users u, listings l WHERE u.email = 'pia@example.org' AND l.show_id = $1::uuid
         RETURNING id, buyer_id)
       INSERT INTO ledger_entries (id, order_id, kind, account, amount_minor, currency)
       SELECT gen_random_uuid(), o.id, 'sale', a.account, a.amount, 'usd' FROM o,
         (VALUES ('customer', -2500), ('platform', 250), ('seller:' || (SELECT buyer_id FROM o)::text, 2250))
           AS a(account, amount)`,
      [show.id],
    );

    // The admin changes the prints' share: a share over half is refused next to its field, the typing kept.
    const admin = await signIn(under.browser, ADMIN, 1100, '/venue/money');
    const prints = admin.getByLabel('Prints (%)');
    await prints.fill('60');
    await admin.getByRole('button', { name: 'Save the commission' }).click();
    await admin.getByText('May not be above 50 % (the artist keeps at least half)').waitFor();
    expect(await prints.inputValue()).toBe('60');
    await prints.fill('20');
    await admin.getByText('Of a $100.00 sale: the venue $20.00, the artist $80.00').waitFor();
    await admin.getByRole('button', { name: 'Save the commission' }).click();
    await admin.getByText('Saved: new listings and shows use these shares.').waitFor();
    const totals = admin.getByTestId('money-totals');
    await totals.getByText('$25.00').first().waitFor();
    await totals.getByText('$22.50').waitFor();
    await admin.getByTestId('mismatches').getByText('Stripe charged 2400, the order is for 2500').waitFor();
    await admin.screenshot({ path: path.join(ARTIFACTS, 'venue-desk-money.png'), fullPage: true });

    // A visitor's report, resolved; the log has every act, newest first.
    await api('POST', '/api/moderation/reports', null, {
      space: 'main-stage',
      name: 'Loud Larry',
      reason: 'Shouting over the set',
      reporterName: 'Noor',
    });
    await admin.getByRole('link', { name: 'Moderation' }).click();
    await admin.getByLabel('What did you do? (for the log)').fill('Asked him to stop; he did');
    await admin.getByRole('button', { name: 'Resolve the report on Loud Larry' }).click();
    await admin.getByText('No report is waiting.').waitFor();
    const log = admin.getByTestId('moderation-log');
    await log.getByText('resolved a report on Loud Larry in main-stage, reported by Noor (guest)').waitFor();
    const acts = await log
      .locator('li')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(acts.slice(0, 3)).toEqual(['report_resolved', 'commission_changed', 'show_approved']);
    await log.getByText(/Cora Lind\s+approved the show Night Set on Small Stage/).waitFor();
    await log.getByText(/prints 20 %/).waitFor();
    await admin.screenshot({ path: path.join(ARTIFACTS, 'venue-desk-moderation.png'), fullPage: true });

    // On a phone: the tabs wrap, the calendar scrolls sideways inside the page, the money form stacks.
    const phone = await signIn(under.browser, ADMIN, 390, '/venue/calendar');
    await phone.getByTestId('calendar').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'venue-desk-phone-calendar.png'), fullPage: true });
    await phone.getByRole('link', { name: 'Money' }).click();
    await phone.getByLabel('Prints (%)').waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'venue-desk-phone-money.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
