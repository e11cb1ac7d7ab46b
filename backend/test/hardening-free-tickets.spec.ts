// One per person, however many requests arrive at once: a show's ticket and a place on a course are each
// held once, and the database's unique keys (not a count read before the insert) make it so.
import { describe, expect, it } from 'vitest';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makePerson, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';
import { bookApprovedShow } from './support/venue.ts';

const api = useTestApi();
const prisma = () => api.app.get(PrismaService);

const send = (method: 'POST' | 'GET', url: string, who: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who.headers });

/** `n` orders of one listing by one buyer, all at once: their status codes, sorted. */
async function raceForIt(buyer: Person, listingId: string, n: number): Promise<number[]> {
  const answers = await Promise.all(
    Array.from({ length: n }, () => send('POST', '/api/orders', buyer, { listingId })),
  );
  for (const answer of answers.filter((a) => a.statusCode === 409))
    expect(answer.json().message).toMatch(/already/);
  return answers.map((a) => a.statusCode).sort();
}

const soldOf = async (listingId: string) =>
  (await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).sold;

describe('one free ticket per person', () => {
  it('sells one of nine parallel orders by one buyer, and takes one unit of stock', async () => {
    const performer = await makePerson(api.app, 'Racer', { artist: true });
    const show = await bookApprovedShow(api.app, performer, {
      title: 'Three seats',
      priceMinor: 0,
      capacity: 3,
      startsInMs: 7 * 24 * 3_600_000,
    });
    const fan = await makePerson(api.app, 'Greedy');

    // Nine, so that the checkout limit (ten a minute per buyer) leaves one for buying again below.
    expect(await raceForIt(fan, show.listingId, 9)).toEqual([201, ...Array<number>(8).fill(409)]);
    expect(await soldOf(show.listingId)).toBe(1);
    expect(await prisma().ticket.count({ where: { showId: show.id, holderId: fan.id } })).toBe(1);
    expect(await prisma().order.count({ where: { listingId: show.listingId, buyerId: fan.id } })).toBe(1);

    // A refund gives the seat back to the show's buyer, who may then take it again (the same ticket, valid).
    const [order] = await prisma().order.findMany({ where: { listingId: show.listingId, buyerId: fan.id } });
    expect((await send('POST', `/api/orders/${order?.id ?? ''}/refund`, performer)).statusCode).toBe(202);
    const again = await send('POST', '/api/orders', fan, { listingId: show.listingId });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().ticketId).not.toBeNull();
    const tickets = (await send('GET', '/api/tickets/mine', fan)).json<{ valid: boolean }[]>();
    expect(tickets.map((t) => t.valid)).toEqual([true]);
    // Others still get theirs.
    const next = await makePerson(api.app, 'Next');
    expect((await send('POST', '/api/orders', next, { listingId: show.listingId })).statusCode).toBe(201);
  });

  it('enrols one of ten parallel orders for a free course, and takes one place', async () => {
    const teacher = await makePerson(api.app, 'Teacher', { roles: ['instructor'] });
    const course = (
      await send('POST', '/api/courses', teacher, {
        title: 'Free',
        discipline: 'painting',
        level: 'beginner',
      })
    ).json<{ id: string }>();
    const withModule = await send('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'One' });
    const moduleId = withModule.json<{ modules: { id: string }[] }>().modules[0]?.id ?? '';
    await send('POST', `/api/modules/${moduleId}/lessons`, teacher, {
      kind: 'text',
      title: 'Read',
      body: 'Hi.',
    });
    const published = await send('POST', `/api/courses/${course.id}/publish`, teacher, {
      priceMinor: 0,
      currency: 'usd',
    });
    expect(published.statusCode, published.body).toBeLessThan(300);
    const listingId = published.json<{ listingId: string }>().listingId;
    const student = await makePerson(api.app, 'Eager');

    expect(await raceForIt(student, listingId, 10)).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(await soldOf(listingId)).toBe(1);
    expect(await prisma().order.count({ where: { listingId, buyerId: student.id } })).toBe(1);
  });
});
