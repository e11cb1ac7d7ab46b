// The Payouts tab's payouts to the bank: what Stripe sent (or will send) from an artist's connected account,
// read from Stripe on the artist's behalf, and a link into their Stripe Express dashboard. Once through the
// local Stripe, once without keys.
import { describe, expect, it } from 'vitest';
import { bankPayoutsSchema, redirectSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makePerson, type Person } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';
import { useTestApi } from './support/test-api.ts';

const paying = usePayingApi();
const free = useTestApi();

type Api = { app: typeof free.app };
const sender = (api: Api) => (method: 'GET' | 'POST', url: string, who?: Person) =>
  api.app.inject({ method, url, headers: who?.headers ?? {} });
const DAY = 24 * 60 * 60;

describe('payouts to the bank, through Stripe', () => {
  const send = sender(paying.api);
  const stripe = () => paying.stripe();

  /** An artist who has started Stripe's onboarding; their connected account's id. */
  async function connected(artist: Person): Promise<string> {
    expect((await send('POST', '/api/payouts/onboarding', artist)).statusCode).toBe(201);
    const account = await paying.api.app
      .get(PrismaService)
      .payoutAccount.findUniqueOrThrow({ where: { userId: artist.id } });
    return account.stripeAccountId;
  }

  it('lists an onboarded artist’s payouts newest first, each with its status, and opens their dashboard', async () => {
    const artist = await makePerson(paying.api.app, 'Ines Vale', { artist: true });
    const accountId = await connected(artist);

    // Onboarding not finished: no payouts yet, and no dashboard to open.
    const none = bankPayoutsSchema.parse((await send('GET', '/api/payouts/transfers', artist)).json());
    expect(none).toEqual({ state: 'listed', payouts: [] });
    const early = await send('POST', '/api/payouts/dashboard', artist);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/finish setting up payouts/);

    await paying.deliver(stripe().completeOnboarding(accountId));
    const arrived = Math.floor(Date.UTC(2026, 10, 3) / 1000);
    const first = stripe().payout(accountId, {
      amount: 2125,
      currency: 'usd',
      status: 'paid',
      arrival_date: arrived,
    });
    const second = stripe().payout(accountId, {
      amount: 4750,
      currency: 'usd',
      status: 'in_transit',
      arrival_date: arrived + 7 * DAY,
    });
    // Someone else's payout is not the artist's.
    const other = await makePerson(paying.api.app, 'Other Artist', { artist: true });
    stripe().payout(await connected(other), { amount: 999, currency: 'eur' });

    const response = await send('GET', '/api/payouts/transfers', artist);
    expect(response.statusCode, response.body).toBe(200);
    expect(bankPayoutsSchema.parse(response.json())).toEqual({
      state: 'listed',
      payouts: [
        {
          id: second.id,
          amountMinor: 4750,
          currency: 'usd',
          status: 'in_transit',
          arrivalDate: '2026-11-10T00:00:00.000Z',
        },
        {
          id: first.id,
          amountMinor: 2125,
          currency: 'usd',
          status: 'paid',
          arrivalDate: '2026-11-03T00:00:00.000Z',
        },
      ],
    });
    const asked = stripe().requests.findLast((r) => r.path === '/v1/payouts');
    expect(asked).toMatchObject({ method: 'GET', params: { limit: '20' } });
    const others = bankPayoutsSchema.parse((await send('GET', '/api/payouts/transfers', other)).json());
    expect(others.payouts.map((p) => [p.amountMinor, p.currency, p.status])).toEqual([
      [999, 'eur', 'pending'],
    ]);

    // The dashboard: a one-time link of Stripe's into the artist's own Express account.
    const dashboard = await send('POST', '/api/payouts/dashboard', artist);
    expect(dashboard.statusCode, dashboard.body).toBe(201);
    const { url } = redirectSchema.parse(dashboard.json());
    expect(url).toMatch(new RegExp(`^${stripe().apiBase}/express/${accountId}/`));
    expect(stripe().requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/v1/accounts/${accountId}/login_links`,
    });

    // Stripe failing is a clear 502, not a 500.
    stripe().failNext('/v1/payouts', 500, { type: 'api_error', message: 'Stripe is down' });
    stripe().failNext('/v1/payouts', 500, { type: 'api_error', message: 'Stripe is down' });
    stripe().failNext('/v1/payouts', 500, { type: 'api_error', message: 'Stripe is down' });
    const failed = await send('GET', '/api/payouts/transfers', artist);
    expect(failed.statusCode).toBe(502);
    expect(failed.json().message).toBe('Stripe could not list your payouts just now. Try again in a moment.');
  });

  it('gives a member without a Stripe account an empty list and no dashboard', async () => {
    const member = await makePerson(paying.api.app, 'Noor Haddad');
    const listed = await send('GET', '/api/payouts/transfers', member);
    expect(listed.json()).toEqual({ state: 'no-account', payouts: [] });
    const dashboard = await send('POST', '/api/payouts/dashboard', member);
    expect(dashboard.statusCode).toBe(409);
    expect((await send('GET', '/api/payouts/transfers')).statusCode).toBe(401);
  });
});

describe('payouts to the bank without Stripe', () => {
  const send = sender(free);

  it('says the venue takes no payments, with an empty list, and has no dashboard to open', async () => {
    const artist = await makePerson(free.app, 'Mara', { artist: true });
    const listed = await send('GET', '/api/payouts/transfers', artist);
    expect(listed.statusCode).toBe(200);
    expect(bankPayoutsSchema.parse(listed.json())).toEqual({ state: 'no-payments', payouts: [] });
    expect((await send('POST', '/api/payouts/dashboard', artist)).statusCode).toBe(409);
  });
});
