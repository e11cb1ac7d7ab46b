// The venue with no Stripe keys: free listings, free shows and their tickets, Creator Free's limits, and
// clear refusals for anything that needs payments.
import { describe, expect, it } from 'vitest';
import { verifyJoinToken } from '@prostudio/protocol/join-token';
import { listingSchema, orderSchema, planSchema, showSchema, ticketSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makeArtwork, makePerson, type Person, uploadSample } from './support/people.ts';
import { TEST_WORLD_SECRET, useTestApi } from './support/test-api.ts';
import { approveShow } from './support/venue.ts';

const api = useTestApi();

const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('the marketplace without payments', () => {
  it('sells a free edition until it is gone, never to its own seller, and lets the seller refund', async () => {
    const artist = await makePerson(api.app, 'Mara', { artist: true });
    const artworkId = await makeArtwork(api.app, artist, 'Salt Flats');
    const paid = await send('POST', '/api/listings', artist, {
      kind: 'print',
      artworkId,
      edition: 5,
      priceMinor: 4500,
      currency: 'usd',
    });
    expect(paid.statusCode).toBe(503);
    expect(paid.json().message).toMatch(/payments are not configured/i);

    const created = await send('POST', '/api/listings', artist, {
      kind: 'print',
      artworkId,
      edition: 2,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(created.statusCode, created.body).toBe(201);
    const listing = listingSchema.parse(created.json());
    expect(listing).toMatchObject({ title: 'Salt Flats (print)', available: 2, seller: { name: 'Mara' } });
    const market = (await send('GET', '/api/listings')).json<{ id: string }[]>();
    expect(market.map((item) => item.id)).toContain(listing.id);

    expect((await send('POST', '/api/orders', artist, { listingId: listing.id })).statusCode).toBe(409);
    const buyers = [
      await makePerson(api.app, 'B1'),
      await makePerson(api.app, 'B2'),
      await makePerson(api.app, 'B3'),
    ];
    const orders = [];
    for (const buyer of buyers)
      orders.push(await send('POST', '/api/orders', buyer, { listingId: listing.id }));
    expect(orders.map((order) => order.statusCode)).toEqual([201, 201, 409]);
    expect(orders[2]?.json().message).toMatch(/sold out/i);
    const first = orderSchema.parse(orders[0]?.json());
    expect(first).toMatchObject({ status: 'paid', amountMinor: 0, checkoutUrl: null });
    expect((await send('GET', `/api/listings/${listing.id}`)).json().available).toBe(0);

    const mine = (await send('GET', '/api/orders/mine', buyers[0])).json<{ id: string }[]>();
    expect(mine.map((order) => order.id)).toEqual([first.id]);
    expect((await send('GET', `/api/orders/${first.id}`, buyers[1])).statusCode).toBe(404);
    expect((await send('GET', `/api/orders/${first.id}`, artist)).statusCode).toBe(200);
    expect((await send('POST', `/api/orders/${first.id}/refund`, buyers[0])).statusCode).toBe(403);
    const refunded = await send('POST', `/api/orders/${first.id}/refund`, artist);
    expect(refunded.statusCode).toBe(202);
    expect(refunded.json().status).toBe('refunded');
    expect((await send('POST', `/api/orders/${first.id}/refund`, artist)).statusCode).toBe(409);
  });

  it('takes a listing off sale only by its seller', async () => {
    const artist = await makePerson(api.app, 'Oona', { artist: true });
    const other = await makePerson(api.app, 'Other', { artist: true });
    const listing = (
      await send('POST', '/api/listings', artist, {
        kind: 'commission',
        title: 'A portrait of your cat',
        edition: 3,
        priceMinor: 0,
        currency: 'eur',
      })
    ).json<{ id: string }>();
    expect((await send('DELETE', `/api/listings/${listing.id}`, other)).statusCode).toBe(403);
    const withdrawn = await send('DELETE', `/api/listings/${listing.id}`, artist);
    expect(withdrawn.json()).toMatchObject({ active: false, available: 0 });
    const buyer = await makePerson(api.app, 'Late');
    expect((await send('POST', '/api/orders', buyer, { listingId: listing.id })).statusCode).toBe(410);
  });

  it('refuses listings that break the rules, naming the field', async () => {
    const artist = await makePerson(api.app, 'Rules', { artist: true });
    const artworkId = await makeArtwork(api.app, artist);
    const cases: [object, RegExp][] = [
      [
        { kind: 'original', artworkId, edition: 3, priceMinor: 0, currency: 'usd' },
        /^body\.edition: an original/,
      ],
      [{ kind: 'print', edition: 3, priceMinor: 0, currency: 'usd' }, /^body\.artworkId/],
      [
        { kind: 'print', artworkId, edition: 3, priceMinor: 12.5, currency: 'usd' },
        /^body\.priceMinor: must be whole/,
      ],
      [
        { kind: 'print', artworkId, edition: 3, priceMinor: 10, currency: 'usd' },
        /^body\.priceMinor: must be 0/,
      ],
      [{ kind: 'print', artworkId, edition: 3, priceMinor: 0, currency: 'btc' }, /^body\.currency/],
    ];
    for (const [payload, message] of cases) {
      const response = await send('POST', '/api/listings', artist, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    const stranger = await makePerson(api.app, 'Stranger', { artist: true });
    const foreign = await send('POST', '/api/listings', stranger, {
      kind: 'original',
      artworkId,
      edition: 1,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('shows and tickets', () => {
  it('lets in only ticket holders while a show is on, the performer as performer', async () => {
    const performer = await makePerson(api.app, 'Juno', { artist: true });
    const created = await send('POST', '/api/shows', performer, {
      space: 'main-stage',
      title: 'Night Signals',
      startsAt: inMinutes(10),
      durationMinutes: 60,
      capacity: 2,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(created.statusCode, created.body).toBe(201);
    await approveShow(api.app, created.json<{ id: string }>().id);
    const show = showSchema.parse(
      (await send('GET', `/api/shows/${created.json<{ id: string }>().id}`)).json(),
    );
    expect(show).toMatchObject({
      capacity: 2,
      available: 2,
      performer: { name: 'Juno' },
      status: 'approved',
    });
    const listed = (await send('GET', '/api/shows?space=main-stage')).json<{ id: string }[]>();
    expect(listed.map((item) => item.id)).toContain(show.id);
    // The lobby's door to the stage says what is on next, and when.
    const spaces = (await send('GET', '/api/spaces')).json<Array<{ slug: string; onNow: unknown }>>();
    expect(spaces.find((space) => space.slug === 'main-stage')?.onNow).toEqual({
      kind: 'show',
      title: 'Night Signals',
      startsAt: show.startsAt,
      endsAt: show.endsAt,
    });

    const clash = await send('POST', '/api/shows', performer, {
      space: 'main-stage',
      title: 'Double booked',
      startsAt: inMinutes(40),
      durationMinutes: 30,
      capacity: 2,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(clash.statusCode).toBe(409);

    const join = (who?: Person) =>
      send('POST', '/api/world/join-token', who, { space: 'main-stage', name: who?.name ?? 'Guest' });
    const guest = await join();
    expect(guest.statusCode).toBe(403);
    expect(guest.json().message).toMatch(/ticket is needed \(sign in to buy one\)/);
    const fan = await makePerson(api.app, 'Fan');
    expect((await join(fan)).statusCode).toBe(403);

    const bought = orderSchema.parse(
      (await send('POST', '/api/orders', fan, { listingId: show.listingId })).json(),
    );
    expect(bought.status).toBe('paid');
    expect(bought.ticketId).not.toBeNull();
    expect((await send('POST', '/api/orders', fan, { listingId: show.listingId })).json().message).toMatch(
      /already have a ticket/,
    );
    const entry = await join(fan);
    expect(entry.statusCode).toBe(201);
    const claims = verifyJoinToken(entry.json().token, TEST_WORLD_SECRET);
    expect(claims.ok && claims.claims).toMatchObject({
      role: 'audience',
      entitlement: { type: 'ticket', id: bought.ticketId },
    });
    const stage = await join(performer);
    expect(stage.json().role).toBe('performer');
    const moderator = await makePerson(api.app, 'Mod', { roles: ['moderator'] });
    expect((await join(moderator)).json().role).toBe('moderator');

    // A refunded ticket no longer opens the door.
    await send('POST', `/api/orders/${bought.id}/refund`, performer);
    expect((await join(fan)).statusCode).toBe(403);
    const tickets = (await send('GET', '/api/tickets/mine', fan))
      .json<unknown[]>()
      .map((t) => ticketSchema.parse(t));
    expect(tickets).toMatchObject([{ valid: false, show: { title: 'Night Signals' } }]);
  });

  it('keeps a stage open between shows, and shows on stages within their capacity', async () => {
    const performer = await makePerson(api.app, 'Later', { artist: true });
    const later = await send('POST', '/api/shows', performer, {
      space: 'main-stage',
      title: 'Tomorrow',
      startsAt: inMinutes(24 * 60),
      durationMinutes: 45,
      capacity: 100,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(later.statusCode).toBe(201);
    const anyone = await send('POST', '/api/world/join-token', undefined, {
      space: 'main-stage',
      name: 'Early',
    });
    expect(anyone.statusCode).toBe(403); // the show of the test above is on now
    const wrongRoom = await send('POST', '/api/shows', performer, {
      space: 'main-gallery',
      title: 'Not a stage',
      startsAt: inMinutes(3 * 24 * 60),
      durationMinutes: 45,
      capacity: 10,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(wrongRoom.json().message).toBe('body.space: shows happen on stages.');
    const tooMany = await send('POST', '/api/shows', performer, {
      space: 'main-stage',
      title: 'Too many',
      startsAt: inMinutes(3 * 24 * 60),
      durationMinutes: 45,
      capacity: 5000,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(tooMany.json().message).toMatch(/^body\.capacity: Main Stage holds at most/);
  });

  it('lets only admins set a show’s split', async () => {
    const performer = await makePerson(api.app, 'Split', { artist: true });
    const show = (
      await send('POST', '/api/shows', performer, {
        space: 'main-stage',
        title: 'Split',
        startsAt: inMinutes(5 * 24 * 60),
        durationMinutes: 30,
        capacity: 10,
        priceMinor: 0,
        currency: 'usd',
      })
    ).json<{ id: string; listingId: string }>();
    await approveShow(api.app, show.id);
    const body = { platformShareBps: 2500 };
    expect((await send('PUT', `/api/shows/${show.id}/split`, performer, body)).statusCode).toBe(403);
    const admin = await makePerson(api.app, 'Admin', { roles: ['admin'] });
    expect((await send('PUT', `/api/shows/${show.id}/split`, admin, body)).statusCode).toBe(200);
    const listing = await api.app
      .get(PrismaService)
      .listing.findUniqueOrThrow({ where: { id: show.listingId } });
    expect(listing.feeBps).toBe(2500);
  });
});

describe('webhooks without payments', () => {
  it('says payments are not configured', async () => {
    const response = await send('POST', '/api/stripe/webhook', undefined, { id: 'evt_1' });
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toMatch(/Payments are not configured/);
  });
});

describe('plans without payments', () => {
  it('is Creator Free with its 5 GB, refuses uploads past it, and says paid plans need payments', async () => {
    const member = await makePerson(api.app, 'Keeper');
    const plan = planSchema.parse((await send('GET', '/api/subscriptions/me', member)).json());
    expect(plan).toMatchObject({
      tier: 'free',
      name: 'Creator Free',
      storage: { usedBytes: 0, limitBytes: 5e9 },
    });
    const upgrade = await send('POST', '/api/subscriptions/checkout', member, { tier: 'pro' });
    expect(upgrade.statusCode).toBe(503);

    await uploadSample(api.app, member.headers);
    const prisma = api.app.get(PrismaService);
    // Nearly full: three large files recorded as if uploaded before.
    await prisma.media.createMany({
      data: [0, 1, 2].map((i) => ({
        ownerId: member.id,
        kind: 'image' as const,
        contentType: 'image/png',
        bytes: 1_666_000_000,
        storageKey: `${member.id}-big-${i}`,
      })),
    });
    const full = await api.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { ...member.headers, 'content-type': 'multipart/form-data; boundary=x' },
      payload: Buffer.from(
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n' +
          'x'.repeat(3_000_000) +
          '\r\n--x--\r\n',
      ),
    });
    expect(full.statusCode).toBe(403);
    expect(full.json().message).toMatch(/Creator Free plan holds 5 GB/);

    await prisma.subscription.create({ data: { userId: member.id, tier: 'pro', status: 'active' } });
    await uploadSample(api.app, member.headers);
    const pro = planSchema.parse((await send('GET', '/api/subscriptions/me', member)).json());
    expect(pro).toMatchObject({
      tier: 'pro',
      storage: { limitBytes: null },
      features: ['basic-tools', 'ai'],
    });
  });
});

describe('API access', () => {
  it('is the Enterprise plan’s: keys work as bearer tokens while the plan lasts, and until revoked', async () => {
    const member = await makePerson(api.app, 'Scripter');
    const refused = await send('POST', '/api/api-keys', member, { name: 'nightly export' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('Creator Free does not include api-access; Enterprise does.');

    const prisma = api.app.get(PrismaService);
    await prisma.subscription.create({ data: { userId: member.id, tier: 'enterprise', status: 'active' } });
    const created = await send('POST', '/api/api-keys', member, { name: 'nightly export' });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.json<{ key: string; id: string; prefix: string }>();
    expect(key).toMatch(/^psk_/);
    expect(key.startsWith(prefix)).toBe(true);
    const asKey = { authorization: `Bearer ${key}` };
    const me = await api.app.inject({ method: 'GET', url: '/api/me', headers: asKey });
    expect(me.json()).toMatchObject({ id: member.id });
    const listed = await send('GET', '/api/api-keys', member);
    expect(listed.json()).toMatchObject([{ id, name: 'nightly export', prefix }]);
    expect(listed.body).not.toContain(key);
    expect(listed.json()[0].lastUsedAt).not.toBeNull();

    // The plan lapses: the key stops working; back in good standing, it works again; revoked, never.
    await prisma.subscription.update({ where: { userId: member.id }, data: { status: 'canceled' } });
    expect((await api.app.inject({ method: 'GET', url: '/api/me', headers: asKey })).statusCode).toBe(401);
    await prisma.subscription.update({ where: { userId: member.id }, data: { status: 'active' } });
    expect((await api.app.inject({ method: 'GET', url: '/api/me', headers: asKey })).statusCode).toBe(200);
    expect((await send('DELETE', `/api/api-keys/${id}`, member)).statusCode).toBe(204);
    expect((await api.app.inject({ method: 'GET', url: '/api/me', headers: asKey })).statusCode).toBe(401);
    const forged = { authorization: `Bearer psk_${'A'.repeat(43)}` };
    expect((await api.app.inject({ method: 'GET', url: '/api/me', headers: forged })).statusCode).toBe(401);
  });
});
