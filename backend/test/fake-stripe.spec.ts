// The fake Stripe server (support/fake-stripe.ts) against the real `stripe` SDK: what the SDK sends, what it parses
// back, the error classes it throws, and webhook deliveries its own verifier accepts.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeStripe, type FakeStripe } from './support/fake-stripe.ts';

const WEBHOOK_SECRET = 'whsec_fake_stripe_spec';
const DAY = 24 * 60 * 60;

let fake: FakeStripe;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  stripe = fake.client();
});
afterAll(() => fake.close());

/** An artist's print sold through a destination charge, the platform keeping a fee. */
const printSale = (orderId = 'order_1'): Stripe.Checkout.SessionCreateParams => ({
  mode: 'payment',
  line_items: [
    {
      price_data: { currency: 'eur', unit_amount: 2500, product_data: { name: 'Print: Harbour' } },
      quantity: 2,
    },
  ],
  success_url: 'http://localhost:5173/orders/success?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://localhost:5173/orders/cancel',
  client_reference_id: orderId,
  customer_email: 'buyer@example.org',
  metadata: { orderId },
  payment_intent_data: {
    application_fee_amount: 500,
    transfer_data: { destination: 'acct_artist' },
    metadata: { orderId },
  },
});

const membership: Stripe.Checkout.SessionCreateParams = {
  mode: 'subscription',
  line_items: [
    {
      price_data: {
        currency: 'eur',
        unit_amount: 900,
        product_data: { name: 'Studio membership' },
        recurring: { interval: 'month' },
      },
      quantity: 1,
    },
  ],
  success_url: 'http://localhost:5173/membership/success',
  customer_email: 'member@example.org',
  subscription_data: { metadata: { userId: 'user_7' } },
};

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail');
}

/** A checkout session the customer has paid, and the payment intent it left. */
async function paidSale(orderId: string): Promise<string> {
  const session = await stripe.checkout.sessions.create(printSale(orderId));
  fake.pay(session.id);
  return String(fake.session(session.id)?.payment_intent);
}

describe('fake Stripe, through the real SDK', () => {
  it('creates a payment-mode checkout session from bracket-encoded parameters', async () => {
    const session = await stripe.checkout.sessions.create(printSale());
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 5000,
      currency: 'eur',
      metadata: { orderId: 'order_1' },
      client_reference_id: 'order_1',
      customer_email: 'buyer@example.org',
      payment_intent: null,
      livemode: false,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url?.startsWith(`${fake.apiBase}/`)).toBe(true);
    expect(session.expires_at - session.created).toBe(DAY);

    // On the wire: form-encoded bracket notation (decoded here, all leaves strings) and an automatic idempotency key.
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      params: {
        line_items: [
          { price_data: { unit_amount: '2500', product_data: { name: 'Print: Harbour' } }, quantity: '2' },
        ],
        payment_intent_data: { application_fee_amount: '500', transfer_data: { destination: 'acct_artist' } },
        metadata: { orderId: 'order_1' },
      },
    });
    expect(request?.idempotencyKey).toMatch(/^stripe-node-retry-/);

    const retrieved = await stripe.checkout.sessions.retrieve(session.id);
    expect(retrieved.amount_total).toBe(5000);
    expect(fake.session(session.id)?.status).toBe('open');
  });

  it('replays an idempotent request and refuses the same key with other parameters', async () => {
    const first = await stripe.checkout.sessions.create(printSale('order_2'), {
      idempotencyKey: 'checkout-order_2',
    });
    const again = await stripe.checkout.sessions.create(printSale('order_2'), {
      idempotencyKey: 'checkout-order_2',
    });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();

    const conflict = await rejection(
      stripe.checkout.sessions.create(printSale('order_3'), { idempotencyKey: 'checkout-order_2' }),
    );
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('answers a wrong key with 401, missing parameters and unknown routes in Stripe error format', async () => {
    const unauthenticated = await rejection(
      fake.client('sk_test_wrong_key_0000').checkout.sessions.create(printSale()),
    );
    expect(unauthenticated).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(unauthenticated).toMatchObject({
      statusCode: 401,
      message: expect.stringMatching(/^Invalid API Key provided/),
    });

    const { mode: _mode, ...withoutMode } = printSale();
    const noMode = await rejection(
      stripe.checkout.sessions.create(withoutMode as Stripe.Checkout.SessionCreateParams),
    );
    expect(noMode).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(noMode).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'mode' });

    const noSuccessUrl = await rejection(
      stripe.checkout.sessions.create({ ...printSale(), success_url: undefined }),
    );
    expect(noSuccessUrl).toMatchObject({
      param: 'success_url',
      message: 'Missing required param: success_url.',
    });

    const price_data = { currency: 'eur', unit_amount: 12.5, product_data: { name: 'Print' } };
    const fractional = await rejection(
      stripe.checkout.sessions.create({ ...printSale(), line_items: [{ price_data, quantity: 1 }] }),
    );
    expect(fractional).toMatchObject({
      param: 'line_items[0][price_data][unit_amount]',
      message: 'Invalid integer: 12.5',
    });

    const unknown = await rejection(stripe.rawRequest('GET', '/v1/no_such_things'));
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(unknown).toMatchObject({ statusCode: 404 });
    const missing = await rejection(stripe.checkout.sessions.retrieve('cs_test_missing'));
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('pays a session and delivers a signed checkout.session.completed the SDK verifies', async () => {
    const session = await stripe.checkout.sessions.create(printSale('order_4'));
    const [completed, ...others] = fake.pay(session.id);
    expect(others).toEqual([]);
    expect(completed).toMatchObject({ object: 'event', type: 'checkout.session.completed', livemode: false });
    expect(completed?.id).toMatch(/^evt_/);
    expect(fake.events.at(-1)).toEqual(completed);
    if (completed?.type !== 'checkout.session.completed')
      throw new Error('Expected checkout.session.completed');
    const paid = completed.data.object;
    expect(paid).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      metadata: { orderId: 'order_4' },
    });

    const paymentIntent = await stripe.paymentIntents.retrieve(String(paid.payment_intent));
    expect(paymentIntent).toMatchObject({
      id: expect.stringMatching(/^pi_/),
      amount: 5000,
      currency: 'eur',
      status: 'succeeded',
      application_fee_amount: 500,
      transfer_data: { destination: 'acct_artist' },
      metadata: { orderId: 'order_4' },
      latest_charge: expect.stringMatching(/^ch_/),
    });

    const { payload, signature } = fake.signed(completed, WEBHOOK_SECRET);
    const verified = stripe.webhooks.constructEvent(payload, signature, WEBHOOK_SECRET);
    expect(verified).toEqual(completed);

    const tampered = payload.replace('"amount_total": 5000', '"amount_total": 1');
    expect(tampered).not.toBe(payload);
    expect(() => stripe.webhooks.constructEvent(tampered, signature, WEBHOOK_SECRET)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => stripe.webhooks.constructEvent(payload, signature, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => fake.pay(session.id)).toThrow(/No open checkout session/);
  });

  it('expires sessions through the API and from Stripe’s side', async () => {
    const viaApi = await stripe.checkout.sessions.create(printSale('order_5'));
    const expired = await stripe.checkout.sessions.expire(viaApi.id);
    expect(expired).toMatchObject({ id: viaApi.id, status: 'expired', url: null });
    expect(fake.events.at(-1)).toMatchObject({
      type: 'checkout.session.expired',
      request: { id: expect.any(String) },
    });
    const again = await rejection(stripe.checkout.sessions.expire(viaApi.id));
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);

    const timedOut = await stripe.checkout.sessions.create(printSale('order_6'));
    const event = fake.expire(timedOut.id);
    expect(event).toMatchObject({
      type: 'checkout.session.expired',
      request: { id: null, idempotency_key: null },
      data: { object: { id: timedOut.id, status: 'expired' } },
    });
    expect((await stripe.checkout.sessions.retrieve(timedOut.id)).status).toBe('expired');
  });

  it('refunds in parts, emitting charge.refunded with the cumulative amount, and refuses over-refunds', async () => {
    const paymentIntent = await paidSale('order_7');

    const refund = await stripe.refunds.create({
      payment_intent: paymentIntent,
      amount: 1000,
      reverse_transfer: true,
      refund_application_fee: true,
      metadata: { reason: 'damaged' },
    });
    expect(refund).toMatchObject({
      object: 'refund',
      amount: 1000,
      currency: 'eur',
      payment_intent: paymentIntent,
      status: 'succeeded',
      metadata: { reason: 'damaged' },
    });
    expect(refund.id).toMatch(/^re_/);
    expect(fake.events.at(-1)).toMatchObject({
      type: 'charge.refunded',
      data: {
        object: {
          object: 'charge',
          id: refund.charge,
          payment_intent: paymentIntent,
          amount: 5000,
          amount_refunded: 1000,
          refunded: false,
          metadata: { orderId: 'order_7' },
        },
        previous_attributes: { amount_refunded: 0 },
      },
    });

    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: paymentIntent, amount: 4001 }));
    expect(tooMuch).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount' });

    const rest = await stripe.refunds.create({ payment_intent: paymentIntent });
    expect(rest.amount).toBe(4000);
    expect(fake.events.at(-1)).toMatchObject({
      type: 'charge.refunded',
      data: { object: { amount_refunded: 5000, refunded: true } },
    });

    const already = await rejection(stripe.refunds.create({ payment_intent: paymentIntent, amount: 1 }));
    expect(already).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(already).toMatchObject({ code: 'charge_already_refunded' });
    const unknown = await rejection(stripe.refunds.create({ payment_intent: 'pi_missing' }));
    expect(unknown).toMatchObject({ code: 'resource_missing', param: 'payment_intent' });
  });

  it('creates connected accounts and onboarding links, and completes onboarding', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      email: 'artist@example.org',
      metadata: { artistId: 'artist_1' },
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    });
    expect(account).toMatchObject({
      object: 'account',
      type: 'express',
      email: 'artist@example.org',
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: { artistId: 'artist_1' },
      capabilities: { card_payments: 'inactive', transfers: 'inactive' },
    });
    expect(account.id).toMatch(/^acct_/);

    const link = await stripe.accountLinks.create({
      account: account.id,
      refresh_url: 'http://localhost:5173/onboarding/refresh',
      return_url: 'http://localhost:5173/onboarding/done',
      type: 'account_onboarding',
    });
    expect(link).toMatchObject({ object: 'account_link', url: expect.stringContaining(fake.apiBase) });
    expect(link.expires_at).toBeGreaterThan(link.created);

    const noAccount = await rejection(
      stripe.accountLinks.create({
        account: 'acct_missing',
        refresh_url: 'http://x/r',
        return_url: 'http://x/d',
        type: 'account_onboarding',
      }),
    );
    expect(noAccount).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(noAccount).toMatchObject({ code: 'resource_missing', param: 'account' });

    const event = fake.completeOnboarding(account.id);
    expect(event).toMatchObject({
      type: 'account.updated',
      data: {
        object: { id: account.id, charges_enabled: true, payouts_enabled: true, details_submitted: true },
        previous_attributes: { charges_enabled: false },
      },
    });
    expect(await stripe.accounts.retrieve(account.id)).toMatchObject({
      charges_enabled: true,
      capabilities: { card_payments: 'active', transfers: 'active' },
    });
  });

  it('lists a connected account’s payouts in a list envelope and opens its Express dashboard once onboarded', async () => {
    const account = await stripe.accounts.create({ type: 'express' });
    await expect(stripe.accounts.createLoginLink(account.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      message: 'Cannot create a login link for an account that has not completed onboarding.',
    });
    fake.completeOnboarding(account.id);
    const link = await stripe.accounts.createLoginLink(account.id);
    expect(link).toMatchObject({
      object: 'login_link',
      url: expect.stringContaining(`/express/${account.id}/`),
    });

    const older = fake.payout(account.id, {
      amount: 1000,
      currency: 'USD',
      status: 'paid',
      arrival_date: 1_700_000_000,
    });
    const newer = fake.payout(account.id, { amount: 2000, currency: 'usd' });
    expect(newer).toMatchObject({ object: 'payout', status: 'pending', currency: 'usd' });
    const onBehalf = { stripeAccount: account.id };
    const all = await stripe.payouts.list({ limit: 20 }, onBehalf);
    expect(all).toMatchObject({ object: 'list', has_more: false, url: '/v1/payouts' });
    expect(all.data.map((p) => [p.id, p.amount, p.status, p.arrival_date])).toEqual([
      [newer.id, 2000, 'pending', newer.arrival_date],
      [older.id, 1000, 'paid', 1_700_000_000],
    ]);
    const one = await stripe.payouts.list({ limit: 1 }, onBehalf);
    expect([one.data.map((p) => p.id), one.has_more]).toEqual([[newer.id], true]);
    // The platform's own payouts are not the account's; an unknown account is refused.
    expect((await stripe.payouts.list()).data).toEqual([]);
    await expect(stripe.payouts.list({}, { stripeAccount: 'acct_nobody' })).rejects.toMatchObject({
      type: 'StripePermissionError',
    });
  });

  it('runs a subscription: checkout, portal, cancel at period end, renewal, cancellation', async () => {
    const session = await stripe.checkout.sessions.create(membership);
    expect(session).toMatchObject({ mode: 'subscription', amount_total: 900, subscription: null });

    const [completed, created] = fake.pay(session.id);
    expect(completed).toMatchObject({
      type: 'checkout.session.completed',
      data: {
        object: {
          status: 'complete',
          customer: expect.stringMatching(/^cus_/),
          subscription: expect.stringMatching(/^sub_/),
        },
      },
    });
    if (created?.type !== 'customer.subscription.created')
      throw new Error('Expected customer.subscription.created');
    const subscription = created.data.object;
    const [item] = subscription.items.data;
    expect(subscription).toMatchObject({
      status: 'active',
      cancel_at_period_end: false,
      metadata: { userId: 'user_7' },
    });
    expect(item?.price).toMatchObject({
      unit_amount: 900,
      currency: 'eur',
      recurring: { interval: 'month' },
    });
    expect(item?.price.id).toMatch(/^price_/);
    expect(item?.price.product).toMatch(/^prod_/);
    expect((item?.current_period_end ?? 0) - subscription.created).toBe(30 * DAY);

    const portal = await stripe.billingPortal.sessions.create({
      customer: String(subscription.customer),
      return_url: 'http://localhost:5173/account',
    });
    expect(portal).toMatchObject({ object: 'billing_portal.session', customer: subscription.customer });
    expect(portal.id).toMatch(/^bps_/);
    expect(portal.url.startsWith(fake.apiBase)).toBe(true);

    const updated = await stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      metadata: { plan: 'studio' },
    });
    expect(updated).toMatchObject({
      cancel_at_period_end: true,
      cancel_at: item?.current_period_end,
      metadata: { userId: 'user_7', plan: 'studio' },
    });
    expect(fake.events.at(-1)).toMatchObject({
      type: 'customer.subscription.updated',
      data: { object: { cancel_at_period_end: true }, previous_attributes: { cancel_at_period_end: false } },
    });

    const renewed = fake.updateSubscription(subscription.id, { cancel_at_period_end: false, renew: true });
    if (renewed.type !== 'customer.subscription.updated')
      throw new Error('Expected customer.subscription.updated');
    expect(renewed.data.object.items.data[0]?.current_period_start).toBe(item?.current_period_end);
    expect(fake.updateSubscription(subscription.id, { status: 'past_due' }).data).toMatchObject({
      object: { status: 'past_due' },
      previous_attributes: { status: 'active' },
    });

    const canceled = await stripe.subscriptions.cancel(subscription.id);
    expect(canceled).toMatchObject({ id: subscription.id, status: 'canceled', ended_at: expect.any(Number) });
    expect(fake.events.at(-1)).toMatchObject({ type: 'customer.subscription.deleted' });
    expect(await rejection(stripe.subscriptions.cancel(subscription.id))).toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );

    const other = await stripe.checkout.sessions.create(membership);
    fake.pay(other.id);
    const deleted = fake.deleteSubscription(String(fake.session(other.id)?.subscription));
    expect(deleted).toMatchObject({
      type: 'customer.subscription.deleted',
      data: { object: { status: 'canceled' } },
    });
  });

  it('makes the next matching request fail as asked, with the SDK’s matching error class', async () => {
    fake.failNext('/v1/checkout/sessions', 402, {
      type: 'card_error',
      message: 'Your card was declined.',
      code: 'card_declined',
    });
    const declined = await rejection(stripe.checkout.sessions.create(printSale('order_8')));
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({
      statusCode: 402,
      code: 'card_declined',
      message: 'Your card was declined.',
    });

    fake.failNext('/v1/refunds', 500, {
      type: 'api_error',
      message: 'Something went wrong on Stripe’s end.',
    });
    const broken = await rejection(stripe.refunds.create({ payment_intent: 'pi_any' }));
    expect(broken).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(broken).toMatchObject({ statusCode: 500 });

    const session = await stripe.checkout.sessions.create(printSale('order_8'));
    expect(session.status).toBe('open');
  });
});
