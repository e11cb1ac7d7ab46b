// The seller's side of the marketplace, as the studio's Sales, Payouts and Plan tabs use it: their own
// listings and the orders of them, commissions reported to their buyers, refunds by the seller, each sale's
// split from the ledger, and the plan's tiers and usage. Once through the local Stripe, once without keys.
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  commissionSchema,
  commissionSettingsSchema,
  myListingSchema,
  orderSchema,
  payoutOverviewSchema,
  saleSchema,
  tierSchema,
  usageSchema,
} from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makeArtwork, makePerson, type Person } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';
import { useTestApi } from './support/test-api.ts';

const paying = usePayingApi();
const free = useTestApi();

type Api = { app: typeof free.app };
const sender =
  (api: Api) => (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who?: Person, payload?: object) =>
    api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

describe('selling from the studio, through Stripe', () => {
  const send = sender(paying.api);
  const stripe = () => paying.stripe();

  async function sellingArtist(name: string): Promise<Person> {
    const artist = await makePerson(paying.api.app, name, { artist: true });
    expect((await send('POST', '/api/payouts/onboarding', artist)).statusCode).toBe(201);
    const request = stripe().requests.findLast((r) => r.path === '/v1/account_links');
    expect(request?.params).toMatchObject({
      return_url: 'http://venue.test/studio/payouts?onboarding=done',
    });
    const account = await paying.api.app
      .get(PrismaService)
      .payoutAccount.findUniqueOrThrow({ where: { userId: artist.id } });
    await paying.deliver(stripe().completeOnboarding(account.stripeAccountId));
    return artist;
  }

  async function list(artist: Person, body: object): Promise<string> {
    const response = await send('POST', '/api/listings', artist, { currency: 'usd', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function buyAndPay(buyer: Person, listingId: string): Promise<string> {
    const response = await send('POST', '/api/orders', buyer, { listingId });
    expect(response.statusCode, response.body).toBe(201);
    const order = orderSchema.parse(response.json());
    const row = await paying.api.app.get(PrismaService).order.findUniqueOrThrow({ where: { id: order.id } });
    for (const event of stripe().pay(row.checkoutSessionId ?? '')) await paying.deliver(event);
    return order.id;
  }

  it('shows the seller their listings and orders, commissions reported to the buyer, a refund and the split', async () => {
    const artist = await sellingArtist('Ines Vale');
    const workId = await makeArtwork(paying.api.app, artist, 'Tidewater');
    const printId = await list(artist, { kind: 'print', artworkId: workId, edition: 3, priceMinor: 2500 });
    const commissionId = await list(artist, {
      kind: 'commission',
      title: 'A portrait of your house',
      edition: 2,
      priceMinor: 5000,
    });
    const other = await makePerson(paying.api.app, 'Other Artist', { artist: true });
    const buyer = await makePerson(paying.api.app, 'Noor Haddad');

    const mine = z.array(myListingSchema).parse((await send('GET', '/api/listings/mine', artist)).json());
    expect(mine.map((l) => [l.title, l.kind, l.edition, l.sold, l.feeBps])).toEqual([
      ['A portrait of your house', 'commission', 2, 0, 500],
      ['Tidewater (print)', 'print', 3, 0, 1500],
    ]);
    expect((await send('GET', '/api/listings/mine', other)).json()).toEqual([]);
    expect((await send('GET', '/api/listings/mine')).statusCode).toBe(401);

    const printOrder = await buyAndPay(buyer, printId);
    const commissionOrder = await buyAndPay(buyer, commissionId);
    // A second buyer's checkout, not paid: pending, and not yet a commission to work on.
    const slow = await makePerson(paying.api.app, 'Slow Buyer');
    const pending = orderSchema.parse(
      (await send('POST', '/api/orders', slow, { listingId: commissionId })).json(),
    );

    const sales = z.array(saleSchema).parse((await send('GET', '/api/sales', artist)).json());
    expect(
      sales.map((s) => [
        s.listing.title,
        s.status,
        s.buyer.name,
        s.amountMinor,
        s.platformFeeMinor,
        s.sellerMinor,
      ]),
    ).toEqual([
      ['A portrait of your house', 'pending', 'Slow Buyer', 5000, 250, 4750],
      ['A portrait of your house', 'paid', 'Noor Haddad', 5000, 250, 4750],
      ['Tidewater (print)', 'paid', 'Noor Haddad', 2500, 375, 2125],
    ]);
    expect(sales[1]?.commission).toEqual({ orderId: commissionOrder, status: 'requested', updates: [] });
    expect(sales[2]?.commission).toBeNull();
    expect((await send('GET', '/api/sales', other)).json()).toEqual([]);
    expect((await send('GET', '/api/sales', buyer)).json()).toEqual([]);
    const after = z.array(myListingSchema).parse((await send('GET', '/api/listings/mine', artist)).json());
    expect(after.map((l) => [l.sold, l.reserved, l.available])).toEqual([
      [1, 1, 0],
      [1, 0, 2],
    ]);

    // The commission: only its seller reports, with a known status and a message of sane length.
    const path = `/api/orders/${commissionOrder}/commission`;
    const byBuyer = await send('POST', path, buyer, { status: 'delivered' });
    expect(byBuyer.statusCode).toBe(403);
    expect((await send('POST', path, other, { status: 'accepted' })).statusCode).toBe(404);
    const badStatus = await send('POST', path, artist, { status: 'done' });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().message).toMatch(/^body\.status: /);
    const longMessage = await send('POST', path, artist, { status: 'accepted', message: 'x'.repeat(2001) });
    expect(longMessage.json().message).toMatch(/^body\.message: must be at most 2,000 characters/);
    expect(
      (await send('POST', `/api/orders/not-an-id/commission`, artist, { status: 'accepted' })).statusCode,
    ).toBe(400);
    expect(
      (await send('POST', `/api/orders/${printOrder}/commission`, artist, { status: 'accepted' })).statusCode,
    ).toBe(404);
    expect(
      (await send('POST', `/api/orders/${pending.id}/commission`, artist, { status: 'accepted' })).statusCode,
    ).toBe(409);

    expect((await send('POST', path, artist, { status: 'accepted' })).statusCode).toBe(201);
    const moved = await send('POST', path, artist, {
      status: 'in_progress',
      message: '  The sketch is done.  ',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const seen = commissionSchema.parse((await send('GET', path, buyer)).json());
    expect(seen.status).toBe('in_progress');
    expect(seen.updates.map((u) => [u.status, u.message])).toEqual([
      ['accepted', ''],
      ['in_progress', 'The sketch is done.'],
    ]);
    expect((await send('GET', path, other)).statusCode).toBe(404);
    expect((await send('GET', path, slow)).statusCode).toBe(404);

    // The seller refunds the print; the buyer cannot; Stripe confirms.
    expect((await send('POST', `/api/orders/${printOrder}/refund`, buyer)).statusCode).toBe(403);
    expect((await send('POST', `/api/orders/${printOrder}/refund`, other)).statusCode).toBe(404);
    expect((await send('POST', `/api/orders/${printOrder}/refund`, artist)).statusCode).toBe(202);
    await paying.deliver(stripe().events.findLast((e) => e.type === 'charge.refunded') as Stripe.Event);

    const overview = payoutOverviewSchema.parse((await send('GET', '/api/payouts/overview', artist)).json());
    expect(overview).toMatchObject({
      paymentsConfigured: true,
      account: { chargesEnabled: true, payoutsEnabled: true },
      balances: [{ currency: 'usd', amountMinor: 4750 }],
    });
    expect(
      overview.earnings.map((e) => [
        e.title,
        e.status,
        e.amountMinor,
        e.feeBps,
        e.platformFeeMinor,
        e.sellerMinor,
      ]),
    ).toEqual([
      ['A portrait of your house', 'paid', 5000, 500, 250, 4750],
      ['Tidewater (print)', 'refunded', 2500, 1500, 375, 2125],
    ]);
    const others = payoutOverviewSchema.parse((await send('GET', '/api/payouts/overview', other)).json());
    expect(others).toMatchObject({ account: null, balances: [], earnings: [] });
    expect((await send('GET', '/api/payouts/overview')).statusCode).toBe(401);

    // Upgrading comes back to the studio's plan page.
    const checkout = await send('POST', '/api/subscriptions/checkout', artist, { tier: 'pro' });
    expect(checkout.statusCode, checkout.body).toBe(201);
    expect(stripe().requests.findLast((r) => r.path === '/v1/checkout/sessions')?.params).toMatchObject({
      success_url: 'http://venue.test/studio/plan?checkout=done',
    });
  });
});

describe('selling from the studio without Stripe', () => {
  const send = sender(free);

  it('says payments are off, shows free sales with no commission, and the plan’s tiers and usage', async () => {
    const artist = await makePerson(free.app, 'Mara', { artist: true });
    const workId = await makeArtwork(free.app, artist, 'Salt Flats');
    const listed = await send('POST', '/api/listings', artist, {
      kind: 'original',
      artworkId: workId,
      edition: 1,
      priceMinor: 0,
      currency: 'eur',
    });
    const spare = await send('POST', '/api/listings', artist, {
      kind: 'commission',
      title: 'A quick sketch',
      edition: 5,
      priceMinor: 0,
      currency: 'eur',
    });
    const buyer = await makePerson(free.app, 'Buyer');
    const order = orderSchema.parse(
      (await send('POST', '/api/orders', buyer, { listingId: listed.json<{ id: string }>().id })).json(),
    );

    const overview = payoutOverviewSchema.parse((await send('GET', '/api/payouts/overview', artist)).json());
    expect(overview).toMatchObject({ paymentsConfigured: false, account: null, balances: [] });
    expect(overview.earnings).toEqual([
      expect.objectContaining({
        orderId: order.id,
        amountMinor: 0,
        feeBps: 1500,
        platformFeeMinor: 0,
        sellerMinor: 0,
      }),
    ]);

    // The venue's commission, as its admin set it, is what a seller sees before listing and what a listing keeps.
    const terms = commissionSettingsSchema.parse((await send('GET', '/api/listings/terms', artist)).json());
    expect(terms).toMatchObject({
      shares: { original: 1500, print: 1500, commission: 500 },
      premiumExtraBps: 300,
    });
    const admin = await makePerson(free.app, 'Admin', { roles: ['admin'] });
    const set = await send('PUT', '/api/venue/commission', admin, { ...terms.shares, print: 1200 });
    expect(set.statusCode, set.body).toBe(200);
    expect((await send('GET', '/api/listings/terms', artist)).json().shares.print).toBe(1200);
    const print = await send('POST', '/api/listings', artist, {
      kind: 'print',
      artworkId: workId,
      edition: 3,
      priceMinor: 0,
      currency: 'eur',
    });
    expect((await send('GET', '/api/listings/mine', artist)).json()).toContainEqual(
      expect.objectContaining({ id: print.json().id, feeBps: 1200 }),
    );
    await send('DELETE', `/api/listings/${print.json<{ id: string }>().id}`, artist);
    expect((await send('GET', '/api/listings/terms')).statusCode).toBe(401);

    const tiers = z.array(tierSchema).parse((await send('GET', '/api/subscriptions/tiers', artist)).json());
    expect(tiers.map((t) => [t.name, t.monthlyPriceMinor, t.storageBytes, t.apiKeys])).toEqual([
      ['Creator Free', 0, 5_000_000_000, 0],
      ['Creator Pro', 1900, null, 0],
      ['Studio', 4900, null, 0],
      ['Enterprise', 19900, null, 20],
    ]);
    const usage = usageSchema.parse((await send('GET', '/api/subscriptions/usage', artist)).json());
    expect(usage.storageBytes.used).toBeGreaterThan(0);
    expect(usage).toMatchObject({
      storageBytes: { limit: 5_000_000_000 },
      listings: { used: 2, limit: null },
      apiKeys: { used: 0, limit: 0 },
    });
    await send('DELETE', `/api/listings/${spare.json<{ id: string }>().id}`, artist);
    const fewer = usageSchema.parse((await send('GET', '/api/subscriptions/usage', artist)).json());
    expect(fewer.listings.used).toBe(1);
    expect((await send('GET', '/api/subscriptions/usage')).statusCode).toBe(401);
  });
});
