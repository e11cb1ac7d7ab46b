// One ticket per person for paid shows too: two checkouts by one buyer can both be paid (they are separate
// Stripe sessions), and the second payment then buys nothing, so it is refunded rather than failing the
// webhook (which Stripe would retry for days) or making a second ticket.
import { describe, expect, it } from 'vitest';
import { orderSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makePerson, type Person } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';
import { bookApprovedShow } from './support/venue.ts';

const { api, stripe: localStripe, deliver } = usePayingApi();
const prisma = () => api.app.get(PrismaService);

const send = (method: 'GET' | 'POST', url: string, who: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who.headers });

async function checkoutSession(buyer: Person, listingId: string): Promise<{ id: string; session: string }> {
  const response = await send('POST', '/api/orders', buyer, { listingId });
  expect(response.statusCode, response.body).toBe(201);
  const order = orderSchema.parse(response.json());
  const row = await prisma().order.findUniqueOrThrow({ where: { id: order.id } });
  return { id: order.id, session: row.checkoutSessionId ?? '' };
}

describe('one paid ticket per person', () => {
  it('refunds the second of two paid checkouts by one buyer, who keeps one ticket', async () => {
    const performer = await makePerson(api.app, 'Paid performer', { artist: true });
    expect((await send('POST', '/api/payouts/onboarding', performer)).statusCode).toBe(201);
    const account = await prisma().payoutAccount.findUniqueOrThrow({ where: { userId: performer.id } });
    await deliver(localStripe().completeOnboarding(account.stripeAccountId));
    const { listingId } = await bookApprovedShow(api.app, performer, {
      title: 'Twice paid',
      priceMinor: 1500,
      capacity: 50,
      startsInMs: 7 * 24 * 3_600_000,
    });
    const fan = await makePerson(api.app, 'Two tabs');
    const first = await checkoutSession(fan, listingId);
    const second = await checkoutSession(fan, listingId);

    for (const event of localStripe().pay(first.session)) await deliver(event);
    for (const event of localStripe().pay(second.session)) await deliver(event);

    const tickets = await prisma().ticket.findMany({ where: { holderId: fan.id } });
    expect(tickets.map((ticket) => [ticket.orderId, ticket.revokedAt])).toEqual([[first.id, null]]);
    const refunds = localStripe().requests.filter((request) => request.path === '/v1/refunds');
    expect(refunds.map((request) => request.idempotencyKey)).toEqual([`refund-${second.id}`]);
  });
});
