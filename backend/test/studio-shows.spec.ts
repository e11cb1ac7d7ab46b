// A performer's show from the studio: its running order (acts, each with the stage's lights and screen),
// edited by its performer only; a request withdrawn before the venue answers; and, afterwards, the show's
// figures: tickets held, refunds, who came in, and the money split between the venue and the performer.
import { describe, expect, it } from 'vitest';
import { type Show, showReportSchema, showSchema } from '../src/contract.ts';
import { makePerson, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';
import { bookApprovedShow } from './support/venue.ts';

const api = useTestApi();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const send = (method: Method, url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok<T>(method: Method, url: string, who?: Person, payload?: object): Promise<T> {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.body ? response.json<T>() : (undefined as T);
}

const ACTS = [
  { title: 'Overture', lights: 'cool', screen: 'Welcome' },
  { title: 'Storm', lights: 'party' },
  { title: 'Encore' },
];

const request = (performer: Person, title: string, acts?: object[]) =>
  send('POST', '/api/shows', performer, {
    space: 'main-stage',
    title,
    startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    durationMinutes: 45,
    capacity: 20,
    priceMinor: 0,
    currency: 'usd',
    ...(acts ? { acts } : {}),
  });

describe('a show’s running order', () => {
  it('is kept with the request and changed by its performer, never by another artist', async () => {
    const performer = await makePerson(api.app, 'Lio', { artist: true });
    const created = await request(performer, 'Night Tides', ACTS);
    expect(created.statusCode, created.body).toBe(201);
    const show = showSchema.parse(created.json());
    expect(show.acts).toEqual(ACTS);

    const reordered = [ACTS[2], ACTS[0]];
    const edited = showSchema.parse(
      await ok('PATCH', `/api/shows/${show.id}`, performer, { acts: reordered, title: 'Night Tides II' }),
    );
    expect([edited.title, edited.acts]).toEqual(['Night Tides II', reordered]);
    expect((await ok<Show[]>('GET', '/api/shows/mine', performer))[0]?.acts).toEqual(reordered);

    const other = await makePerson(api.app, 'Sam', { artist: true });
    expect((await send('PATCH', `/api/shows/${show.id}`, other, { title: 'Mine now' })).statusCode).toBe(404);
    expect((await send('PATCH', `/api/shows/${show.id}`, undefined, { title: 'x' })).statusCode).toBe(401);
  });

  it('refuses acts the stage cannot play, naming the field', async () => {
    const performer = await makePerson(api.app, 'Ona', { artist: true });
    const bad = await request(performer, 'Wrong', [{ title: 'One', lights: 'strobe' }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/acts\.0\.lights/);
    const show = showSchema.parse((await request(performer, 'Right')).json());
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ title: `Act ${i}` }));
    const refused = await send('PATCH', `/api/shows/${show.id}`, performer, { acts: tooMany });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/acts/);
    expect((await send('PATCH', `/api/shows/${show.id}`, performer, {})).statusCode).toBe(400);
  });
});

describe('an artist’s shows to come, for their portfolio', () => {
  it('lists only that artist’s approved shows, soonest first, and refuses an id that is none', async () => {
    const performer = await makePerson(api.app, 'Pia', { artist: true });
    const other = await makePerson(api.app, 'Quin', { artist: true });
    const later = { priceMinor: 0, capacity: 5, startsInMs: 9 * 86_400_000 };
    await bookApprovedShow(api.app, performer, { ...later, title: 'Later' });
    await bookApprovedShow(api.app, performer, { ...later, title: 'Sooner', startsInMs: 8 * 86_400_000 });
    await bookApprovedShow(api.app, other, { ...later, title: 'Not hers', startsInMs: 10 * 86_400_000 });
    await request(performer, 'Not approved');
    const { id: artistId } = await ok<{ id: string }>('GET', '/api/artists/me', performer);
    const shows = await ok<Show[]>('GET', `/api/shows?artist=${artistId}`);
    expect(shows.map((show) => show.title)).toEqual(['Sooner', 'Later']);
    const bad = await send('GET', '/api/shows?artist=nobody');
    expect([bad.statusCode, bad.json<{ message: string }>().message]).toEqual([
      400,
      'artist: must be an artist id',
    ]);
  });
});

describe('withdrawing a request for a stage', () => {
  it('removes a pending request, but not one the venue approved', async () => {
    const performer = await makePerson(api.app, 'Rue', { artist: true });
    const pending = showSchema.parse((await request(performer, 'Maybe')).json());
    expect((await send('DELETE', `/api/shows/${pending.id}`, performer)).statusCode).toBe(204);
    expect(await ok<Show[]>('GET', '/api/shows/mine', performer)).toEqual([]);

    const approved = await bookApprovedShow(api.app, performer, {
      title: 'Certain',
      priceMinor: 0,
      capacity: 5,
      startsInMs: 7 * 86_400_000,
    });
    const refused = await send('DELETE', `/api/shows/${approved.id}`, performer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/approved/);
  });
});

describe('a show’s report', () => {
  it('counts tickets held, refunds and the holders who came in, for its performer only', async () => {
    const performer = await makePerson(api.app, 'Kit', { artist: true });
    // Doors open 30 minutes before: a show starting in 10 minutes lets ticket holders in now.
    const show = await bookApprovedShow(api.app, performer, {
      title: 'Soon',
      priceMinor: 0,
      capacity: 10,
      startsInMs: 10 * 60_000,
    });
    const fans = await Promise.all(['Ana', 'Bo', 'Cy'].map((name) => makePerson(api.app, name)));
    const orders = [];
    for (const fan of fans)
      orders.push(await ok<{ id: string }>('POST', '/api/orders', fan, { listingId: show.listingId }));
    // Ana comes in (twice: counted once); Bo's ticket is refunded; Cy never comes.
    for (let i = 0; i < 2; i += 1)
      await ok('POST', '/api/world/join-token', fans[0], { space: 'main-stage', name: 'Ana' });
    expect((await send('POST', `/api/orders/${orders[1]?.id ?? ''}/refund`, performer)).statusCode).toBe(202);

    const report = showReportSchema.parse(await ok('GET', `/api/shows/${show.id}/report`, performer));
    expect(report).toMatchObject({
      capacity: 10,
      ticketsSold: 2,
      refunded: 1,
      attended: 1,
      grossMinor: 0,
      venueShareMinor: 0,
      performerShareMinor: 0,
    });
    const stranger = await makePerson(api.app, 'Stranger', { artist: true });
    expect((await send('GET', `/api/shows/${show.id}/report`, stranger)).statusCode).toBe(404);
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    expect((await send('GET', `/api/shows/${show.id}/report`, curator)).statusCode).toBe(200);
  });
});
