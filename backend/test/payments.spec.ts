// Money through Stripe, with the real SDK pointed at a local server that speaks Stripe's wire format and
// webhooks signed as Stripe signs them: payouts onboarding, paid sales as destination charges, refunds,
// replayed and reordered webhooks, the last print under 200 concurrent buyers, and subscriptions.
import { describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { orderSchema, planSchema, reconciliationSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makeArtwork, makePerson, type Person } from './support/people.ts';
import { TEST_WEBHOOK_SECRET, usePayingApi } from './support/paying-api.ts';
import { approveShow } from './support/venue.ts';

const { api, stripe: localStripe, deliver } = usePayingApi();
const prisma = () => api.app.get(PrismaService);

const send = (method: 'GET' | 'POST' | 'PUT', url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

/** An artist whose Stripe payout account is set up. */
async function sellingArtist(name: string): Promise<Person> {
  const artist = await makePerson(api.app, name, { artist: true });
  const onboarding = await send('POST', '/api/payouts/onboarding', artist);
  expect(onboarding.statusCode, onboarding.body).toBe(201);
  const account = await prisma().payoutAccount.findUniqueOrThrow({ where: { userId: artist.id } });
  await deliver(localStripe().completeOnboarding(account.stripeAccountId));
  return artist;
}

async function listPrint(artist: Person, edition: number, priceMinor: number): Promise<string> {
  const artworkId = await makeArtwork(api.app, artist);
  const response = await send('POST', '/api/listings', artist, {
    kind: 'print',
    artworkId,
    edition,
    priceMinor,
    currency: 'usd',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A pending order and its checkout session id. */
async function checkout(buyer: Person, listingId: string): Promise<{ orderId: string; sessionId: string }> {
  const response = await send('POST', '/api/orders', buyer, { listingId });
  expect(response.statusCode, response.body).toBe(201);
  const order = orderSchema.parse(response.json());
  const row = await prisma().order.findUniqueOrThrow({ where: { id: order.id } });
  if (!row.checkoutSessionId) throw new Error('no checkout session');
  return { orderId: order.id, sessionId: row.checkoutSessionId };
}

const orderStatus = async (id: string) => (await prisma().order.findUniqueOrThrow({ where: { id } })).status;
const stock = (id: string) =>
  prisma().listing.findUniqueOrThrow({ where: { id }, select: { sold: true, reserved: true } });

describe('selling through Stripe', () => {
  it('onboards an artist, sells by destination charge less the commission, refunds, and reconciles', async () => {
    const artist = await makePerson(api.app, 'Ada', { artist: true });
    const artworkId = await makeArtwork(api.app, artist);
    const early = await send('POST', '/api/listings', artist, {
      kind: 'original',
      artworkId,
      edition: 1,
      priceMinor: 10_000,
      currency: 'usd',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/Set up payouts/);

    const onboarding = await send('POST', '/api/payouts/onboarding', artist);
    expect(onboarding.json().url).toMatch(/^http/);
    expect((await send('GET', '/api/payouts/me', artist)).json().account).toMatchObject({
      chargesEnabled: false,
    });
    const account = await prisma().payoutAccount.findUniqueOrThrow({ where: { userId: artist.id } });
    await deliver(localStripe().completeOnboarding(account.stripeAccountId));
    expect((await send('GET', '/api/payouts/me', artist)).json().account).toMatchObject({
      chargesEnabled: true,
      payoutsEnabled: true,
    });

    const listingId = await listPrint(artist, 3, 10_000);
    const buyer = await makePerson(api.app, 'Buyer');
    const ordered = await send('POST', '/api/orders', buyer, { listingId });
    const order = orderSchema.parse(ordered.json());
    expect(order).toMatchObject({ status: 'pending', amountMinor: 10_000, currency: 'usd' });
    expect(order.checkoutUrl).toMatch(/^http/);
    const request = localStripe().requests.findLast((r) => r.path === '/v1/checkout/sessions');
    expect(request?.idempotencyKey).toBe(`checkout-${order.id}`);
    expect(request?.params).toMatchObject({
      mode: 'payment',
      metadata: { orderId: order.id },
      success_url: `http://venue.test/?order=${order.id}&checkout=done`,
      payment_intent_data: {
        application_fee_amount: '1500',
        transfer_data: { destination: account.stripeAccountId },
      },
    });
    expect(await stock(listingId)).toEqual({ sold: 0, reserved: 1 });

    const row = await prisma().order.findUniqueOrThrow({ where: { id: order.id } });
    for (const event of localStripe().pay(row.checkoutSessionId ?? '')) await deliver(event);
    expect(await orderStatus(order.id)).toBe('paid');
    expect(await stock(listingId)).toEqual({ sold: 1, reserved: 0 });
    expect((await send('GET', '/api/payouts/me', artist)).json()).toMatchObject({
      balances: [{ currency: 'usd', amountMinor: 8500 }],
      sales: 1,
    });

    const refund = await send('POST', `/api/orders/${order.id}/refund`, artist);
    expect(refund.statusCode).toBe(202);
    expect(refund.json().status).toBe('paid'); // until Stripe confirms
    expect(localStripe().requests.findLast((r) => r.path === '/v1/refunds')).toMatchObject({
      idempotencyKey: `refund-${order.id}`,
      params: { reverse_transfer: 'true', refund_application_fee: 'true' },
    });
    await deliver(localStripe().events.findLast((event) => event.type === 'charge.refunded') as Stripe.Event);
    expect(await orderStatus(order.id)).toBe('refunded');
    expect((await send('GET', '/api/payouts/me', artist)).json().balances).toEqual([
      { currency: 'usd', amountMinor: 0 },
    ]);

    const admin = await makePerson(api.app, 'Admin', { roles: ['admin'] });
    expect((await send('GET', '/api/admin/reconciliation', artist)).statusCode).toBe(403);
    const reconciliation = reconciliationSchema.parse(
      (await send('GET', '/api/admin/reconciliation', admin)).json(),
    );
    expect(reconciliation).toMatchObject({ balanced: true, problems: [] });
    expect(reconciliation.orders).toBeGreaterThanOrEqual(1);
  });

  it('gives the unit back when a checkout expires, and cancels cleanly when Stripe refuses', async () => {
    const artist = await sellingArtist('Bea');
    const listingId = await listPrint(artist, 1, 2500);
    const buyer = await makePerson(api.app, 'Slow');
    const { orderId, sessionId } = await checkout(buyer, listingId);
    const other = await makePerson(api.app, 'Other');
    expect((await send('POST', '/api/orders', other, { listingId })).statusCode).toBe(409);
    await deliver(localStripe().expire(sessionId));
    expect(await orderStatus(orderId)).toBe('cancelled');
    expect(await stock(listingId)).toEqual({ sold: 0, reserved: 0 });

    localStripe().failNext('/v1/checkout/sessions', 400, { type: 'invalid_request_error', message: 'Nope' });
    const refused = await send('POST', '/api/orders', other, { listingId });
    expect(refused.statusCode).toBe(502);
    expect(refused.json().message).toMatch(/could not start a checkout; nothing was charged/);
    expect(await stock(listingId)).toEqual({ sold: 0, reserved: 0 });
    const { orderId: retried } = await checkout(other, listingId);
    expect(await orderStatus(retried)).toBe('pending');
  });

  it('sells paid tickets that open the stage door', async () => {
    const performer = await sellingArtist('Cleo');
    const show = await send('POST', '/api/shows', performer, {
      space: 'main-stage',
      title: 'Paid night',
      startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
      durationMinutes: 30,
      capacity: 50,
      priceMinor: 1500,
      currency: 'usd',
    });
    expect(show.statusCode, show.body).toBe(201);
    await approveShow(api.app, show.json<{ id: string }>().id);
    const fan = await makePerson(api.app, 'Fan');
    const { orderId, sessionId } = await checkout(fan, show.json().listingId);
    expect(
      (await send('POST', '/api/world/join-token', fan, { space: 'main-stage', name: 'Fan' })).statusCode,
    ).toBe(403);
    for (const event of localStripe().pay(sessionId)) await deliver(event);
    const order = orderSchema.parse((await send('GET', `/api/orders/${orderId}`, fan)).json());
    expect(order.ticketId).not.toBeNull();
    const entry = await send('POST', '/api/world/join-token', fan, { space: 'main-stage', name: 'Fan' });
    expect(entry.statusCode).toBe(201);
    const ledger = await prisma().ledgerEntry.findMany({ where: { orderId, kind: 'sale' } });
    expect(Object.fromEntries(ledger.map((line) => [line.account.split(':')[0], line.amountMinor]))).toEqual({
      customer: -1500,
      platform: 150,
      seller: 1350,
    });
  });
});

describe('webhooks', () => {
  it('applies each event once though replayed five times and delivered out of order', async () => {
    const artist = await sellingArtist('Dora');
    const listingId = await listPrint(artist, 10, 4000);
    const [alice, bob] = [await makePerson(api.app, 'Alice'), await makePerson(api.app, 'Bob')];
    const a = await checkout(alice, listingId);
    const b = await checkout(bob, listingId);
    const paidA = localStripe().pay(a.sessionId);
    const paidB = localStripe().pay(b.sessionId);
    const paymentIntentB = localStripe().session(b.sessionId)?.payment_intent;
    await localStripe()
      .client()
      .refunds.create({ payment_intent: String(paymentIntentB) });
    const refundB = localStripe().events.findLast(
      (event) => event.type === 'charge.refunded',
    ) as Stripe.Event;
    // Without the order in the charge's metadata: the API must find it through the payment intent.
    (refundB.data.object as Stripe.Charge).metadata = {};

    // The refund of B first, then both payments; every delivery five times, some at once.
    const deliveries = [refundB, ...paidB, ...paidA];
    const outcomes: boolean[] = [];
    for (const event of deliveries) {
      const results = await Promise.all([deliver(event), deliver(event)]);
      for (let i = 0; i < 3; i += 1) results.push(await deliver(event));
      outcomes.push(...results.map((result) => result.duplicate));
    }
    expect(outcomes.filter((duplicate) => !duplicate)).toHaveLength(deliveries.length);
    for (const event of deliveries) expect((await deliver(event)).duplicate).toBe(true);

    expect(await orderStatus(a.orderId)).toBe('paid');
    expect(await orderStatus(b.orderId)).toBe('refunded');
    expect(await stock(listingId)).toEqual({ sold: 2, reserved: 0 });
    const lines = await prisma().ledgerEntry.findMany({ where: { orderId: { in: [a.orderId, b.orderId] } } });
    expect(lines).toHaveLength(9); // A's sale; B's sale and its refund
    expect(lines.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(0);
    expect((await send('GET', '/api/payouts/me', artist)).json().balances).toEqual([
      { currency: 'usd', amountMinor: 3400 },
    ]);
  });

  it('refuses a bad signature, a tampered body and a missing header, changing nothing', async () => {
    const artist = await sellingArtist('Eve');
    const listingId = await listPrint(artist, 2, 900);
    const { orderId, sessionId } = await checkout(await makePerson(api.app, 'Mallory'), listingId);
    const [completed] = localStripe().pay(sessionId);
    if (!completed) throw new Error('no event');
    const genuine = localStripe().signed(completed, TEST_WEBHOOK_SECRET);
    const forged = localStripe().signed(completed, 'whsec_someoneelse');
    const attempts = [
      { payload: genuine.payload, signature: forged.signature },
      { payload: genuine.payload.replace('"paid"', '"unpaid"'), signature: genuine.signature },
      { payload: genuine.payload, signature: undefined },
    ];
    for (const attempt of attempts) {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/stripe/webhook',
        payload: attempt.payload,
        headers: {
          'content-type': 'application/json',
          ...(attempt.signature ? { 'stripe-signature': attempt.signature } : {}),
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).not.toContain('whsec_');
    }
    expect(await orderStatus(orderId)).toBe('pending');
    expect(await prisma().stripeEvent.count({ where: { id: completed.id } })).toBe(0);
  });

  it('refunds a payment that arrives after its checkout expired and the edition sold out', async () => {
    const artist = await sellingArtist('Fay');
    const listingId = await listPrint(artist, 1, 3000);
    const late = await checkout(await makePerson(api.app, 'Late'), listingId);
    const [completedLate] = localStripe().pay(late.sessionId);
    if (!completedLate) throw new Error('no event');
    const expiredLate: Stripe.Event = {
      ...completedLate,
      id: `${completedLate.id}_expired`,
      type: 'checkout.session.expired',
    } as Stripe.Event;
    await deliver(expiredLate);
    const onTime = await checkout(await makePerson(api.app, 'OnTime'), listingId);
    for (const event of localStripe().pay(onTime.sessionId)) await deliver(event);
    await deliver(completedLate);
    expect(await orderStatus(onTime.orderId)).toBe('paid');
    expect(await orderStatus(late.orderId)).toBe('cancelled');
    expect(await stock(listingId)).toEqual({ sold: 1, reserved: 0 });
    expect(localStripe().requests.findLast((r) => r.path === '/v1/refunds')?.idempotencyKey).toBe(
      `refund-${late.orderId}`,
    );
  });
});

describe('the last print', () => {
  it('goes to exactly one of 200 concurrent buyers; the rest are refused cleanly', async () => {
    const artist = await sellingArtist('Gil');
    const listingId = await listPrint(artist, 20, 5000);
    await prisma().listing.update({ where: { id: listingId }, data: { sold: 19 } });
    const buyers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => makePerson(api.app, `Buyer ${i}`)),
    );
    const responses = await Promise.all(
      buyers.map((buyer) => send('POST', '/api/orders', buyer, { listingId })),
    );
    const statuses: Record<number, number> = {};
    for (const response of responses)
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    const odd = responses.find((response) => response.statusCode !== 201 && response.statusCode !== 409);
    expect(statuses, odd?.body).toEqual({ 201: 1, 409: 199 });
    for (const response of responses.filter((r) => r.statusCode === 409)) {
      expect(response.json().message).toBe('Sold out: nothing is left of this edition.');
    }
    const winner = orderSchema.parse(responses.find((r) => r.statusCode === 201)?.json());
    const row = await prisma().order.findUniqueOrThrow({ where: { id: winner.id } });
    for (const event of localStripe().pay(row.checkoutSessionId ?? '')) await deliver(event);
    expect(await prisma().order.count({ where: { listingId } })).toBe(1);
    expect(await prisma().order.count({ where: { listingId, status: 'paid' } })).toBe(1);
    expect(await stock(listingId)).toEqual({ sold: 20, reserved: 0 });
  });
});

describe('subscriptions', () => {
  it('subscribes through Checkout, follows Stripe’s events in the order Stripe made them, and ends', async () => {
    const member = await makePerson(api.app, 'Sub');
    const checkoutPage = await send('POST', '/api/subscriptions/checkout', member, { tier: 'studio' });
    expect(checkoutPage.statusCode, checkoutPage.body).toBe(201);
    const request = localStripe().requests.findLast((r) => r.path === '/v1/checkout/sessions');
    expect(request?.params).toMatchObject({
      mode: 'subscription',
      line_items: [
        { price_data: { unit_amount: '4900', currency: 'usd', recurring: { interval: 'month' } } },
      ],
      subscription_data: { metadata: { userId: member.id, tier: 'studio' } },
    });
    const again = await send('POST', '/api/subscriptions/checkout', member, { tier: 'studio' });
    expect(again.json().url).toBe(checkoutPage.json().url); // a double click is one checkout

    // Stripe's checkout page address ends with the session's id.
    const sessionId = String(checkoutPage.json().url).split('/').pop() ?? '';
    for (const event of localStripe().pay(sessionId)) await deliver(event);
    const plan = planSchema.parse((await send('GET', '/api/subscriptions/me', member)).json());
    expect(plan).toMatchObject({ tier: 'studio', status: 'active', storage: { limitBytes: null } });
    expect(plan.features).toContain('collaboration');
    expect((await send('POST', '/api/subscriptions/checkout', member, { tier: 'pro' })).statusCode).toBe(409);
    expect((await send('POST', '/api/subscriptions/portal', member)).json().url).toMatch(/^http/);

    const cancelled = await send('POST', '/api/subscriptions/cancel', member);
    expect(cancelled.json()).toMatchObject({ tier: 'studio', cancelAtPeriodEnd: true });

    const subscription = await prisma().subscription.findUniqueOrThrow({ where: { userId: member.id } });
    const id = subscription.stripeSubscriptionId ?? '';
    const renewed = localStripe().updateSubscription(id, { status: 'past_due' });
    const ended = localStripe().deleteSubscription(id);
    await deliver(ended);
    await deliver(renewed); // older, delivered late: must not bring the plan back
    expect((await send('GET', '/api/subscriptions/me', member)).json()).toMatchObject({
      tier: 'free',
      status: 'canceled',
    });
  });
});
