// The venue's spaces belong to the venue: an artist's exhibition in a gallery and show on a stage are
// requests that its curators and admins answer. (Hardening issue item 7: before, an exhibition hung in a
// gallery replaced the one shown, and any artist booked the stage.) Who the staff are: venue-staff.spec.ts.
import { describe, expect, it } from 'vitest';
import {
  exhibitionRequestSchema,
  type ExhibitionRequest,
  type Show,
  showSchema,
  spaceDetailSchema,
  venueRequestsSchema,
} from '../src/contract.ts';
import { makeArtwork, makePerson, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

const send = (method: 'GET' | 'POST' | 'DELETE', url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok<T>(method: 'GET' | 'POST' | 'DELETE', url: string, who?: Person, payload?: object) {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** What the gallery shows now, as visitors get it. */
async function shownInGallery(): Promise<string | undefined> {
  const gallery = spaceDetailSchema.parse((await send('GET', '/api/spaces/main-gallery')).json());
  const lobbyDoor = (
    await ok<{ slug: string; onNow: { title: string } | null }[]>('GET', '/api/spaces')
  ).find((space) => space.slug === 'main-gallery');
  expect(lobbyDoor?.onNow?.title).toBe(gallery.exhibition?.title);
  return gallery.exhibition?.title;
}

/** An artist's request to hang one new work of theirs in the gallery. */
async function askToHang(artist: Person, title: string, dates: object = {}): Promise<string> {
  const artworkId = await makeArtwork(api.app, artist, `${title} I`);
  const created = await ok<{ id: string; status: string }>('POST', '/api/exhibitions', artist, {
    space: 'main-gallery',
    title,
    works: [artworkId],
    ...dates,
  });
  expect(created.status).toBe('pending');
  return created.id;
}

const mine = async (artist: Person): Promise<ExhibitionRequest[]> =>
  (await ok<unknown[]>('GET', '/api/exhibitions/mine', artist)).map((row) =>
    exhibitionRequestSchema.parse(row),
  );

const askForStage = (artist: Person, title: string, startsAt: string) =>
  send('POST', '/api/shows', artist, {
    space: 'main-stage',
    title,
    startsAt,
    durationMinutes: 60,
    capacity: 10,
    priceMinor: 0,
    currency: 'usd',
  });

describe('an exhibition in the venue’s gallery', () => {
  it('is shown to nobody until a curator approves it, then on its dates, over the venue’s collection', async () => {
    const artist = await makePerson(api.app, 'Ines', { artist: true });
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    const asked = { opensAt: inDays(2), closesAt: inDays(9) };
    const tide = await askToHang(artist, 'Tide Lines', asked);
    expect(await shownInGallery()).toBe('Rules and Chance');
    expect(await mine(artist)).toMatchObject([
      { id: tide, status: 'pending', space: { slug: 'main-gallery' }, artist: { name: 'Ines' } },
    ]);
    expect(await mine(await makePerson(api.app, 'Other', { artist: true }))).toEqual([]);
    const waiting = venueRequestsSchema.parse(await ok('GET', '/api/venue/requests', curator));
    expect(waiting.exhibitions.map((request) => [request.title, request.works.length])).toEqual([
      ['Tide Lines', 1],
    ]);

    // Approved on the dates asked for: not on yet.
    const approved = await ok<ExhibitionRequest>(
      'POST',
      `/api/venue/exhibitions/${tide}/approve`,
      curator,
      {},
    );
    expect(approved).toMatchObject({ status: 'approved', declineReason: null, ...asked });
    expect(await shownInGallery()).toBe('Rules and Chance');
    expect((await mine(artist))[0]?.status).toBe('approved');

    // Two dated exhibitions never overlap in one gallery: the second is refused, saying why.
    const now = await askToHang(artist, 'Right Now');
    const overlapping = await send('POST', `/api/venue/exhibitions/${now}/approve`, curator, {});
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().message).toMatch(
      /^Main Gallery has "Tide Lines" from \d{4}-\d\d-\d\d \d\d:\d\d UTC to .*: choose dates that do not overlap it, or decline this request\.$/,
    );
    await ok('POST', `/api/venue/exhibitions/${now}/approve`, curator, { closesAt: inDays(1) });
    expect(await shownInGallery()).toBe('Right Now');

    // Taken down, the venue's standing collection is shown again.
    await ok('POST', `/api/venue/exhibitions/${now}/take-down`, curator);
    expect(await shownInGallery()).toBe('Rules and Chance');
  });

  it('is declined with a reason the artist reads, and answered once', async () => {
    const artist = await makePerson(api.app, 'Pavel', { artist: true });
    const admin = await makePerson(api.app, 'Ada', { roles: ['admin'] });
    const id = await askToHang(artist, 'Too Soon');
    const silent = await send('POST', `/api/venue/exhibitions/${id}/decline`, admin, { reason: ' ' });
    expect(silent.json()).toMatchObject({
      statusCode: 400,
      message: 'body.reason: say why: the artist reads it',
    });
    await ok('POST', `/api/venue/exhibitions/${id}/decline`, admin, {
      reason: 'The gallery is booked in May.',
    });
    expect(await mine(artist)).toMatchObject([
      { title: 'Too Soon', status: 'declined', declineReason: 'The gallery is booked in May.' },
    ]);
    const again = await send('POST', `/api/venue/exhibitions/${id}/approve`, admin, {});
    expect(again.json()).toMatchObject({ statusCode: 409, message: 'This request is declined already.' });
    expect(await shownInGallery()).toBe('Rules and Chance');
  });

  it('is answered only by the venue’s curators and admins', async () => {
    const artist = await makePerson(api.app, 'Self-approver', { artist: true });
    const id = await askToHang(artist, 'Mine Now');
    for (const who of [
      artist,
      await makePerson(api.app, 'Member'),
      await makePerson(api.app, 'Moderator', { roles: ['moderator'] }),
      await makePerson(api.app, 'Instructor', { roles: ['instructor'] }),
    ]) {
      expect((await send('POST', `/api/venue/exhibitions/${id}/approve`, who, {})).statusCode).toBe(403);
      expect((await send('GET', '/api/venue/requests', who)).json()).toMatchObject({
        statusCode: 403,
        message: 'Only the venue’s curators and admins answer requests for its spaces.',
      });
    }
    expect((await mine(artist))[0]?.status).toBe('pending');
  });

  it('asks for dates that make sense', async () => {
    const artist = await makePerson(api.app, 'Backwards', { artist: true });
    const artworkId = await makeArtwork(api.app, artist);
    const refused = await send('POST', '/api/exhibitions', artist, {
      space: 'main-gallery',
      title: 'Backwards',
      works: [artworkId],
      opensAt: inDays(5),
      closesAt: inDays(3),
    });
    expect(refused.json()).toMatchObject({
      statusCode: 400,
      message: 'body.closesAt: must be after it opens.',
    });
  });
});

describe('a show on the venue’s stage', () => {
  it('is a request: listed to nobody else, selling nothing and keeping nobody out until approved', async () => {
    const performer = await makePerson(api.app, 'Juno', { artist: true });
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    const fan = await makePerson(api.app, 'Fan');
    const asked = await askForStage(performer, 'Night Signals', inMinutes(5));
    expect(asked.statusCode, asked.body).toBe(201);
    const show = showSchema.parse(asked.json());
    expect(show).toMatchObject({ status: 'pending', available: 0, declineReason: null });

    const listed = () => ok<Show[]>('GET', '/api/shows?space=main-stage');
    expect((await listed()).map((s) => s.id)).not.toContain(show.id);
    expect((await send('GET', `/api/shows/${show.id}`, fan)).statusCode).toBe(404);
    expect((await send('GET', `/api/shows/${show.id}`)).statusCode).toBe(404);
    expect((await send('GET', `/api/shows/${show.id}`, performer)).statusCode).toBe(200);
    expect((await send('GET', `/api/shows/${show.id}`, curator)).statusCode).toBe(200);
    expect((await ok<Show[]>('GET', '/api/shows/mine', performer)).map((s) => [s.title, s.status])).toEqual([
      ['Night Signals', 'pending'],
    ]);
    const early = await send('POST', '/api/orders', fan, { listingId: show.listingId });
    expect(early.json()).toMatchObject({
      statusCode: 409,
      message: 'Tickets go on sale once the venue approves the show.',
    });
    const join = (who: Person) =>
      send('POST', '/api/world/join-token', who, { space: 'main-stage', name: who.name });
    expect((await join(fan)).statusCode).toBe(201); // a request holds no door

    const approved = showSchema.parse(await ok('POST', `/api/venue/shows/${show.id}/approve`, curator));
    expect(approved).toMatchObject({ status: 'approved', available: 10 });
    expect((await listed()).map((s) => s.id)).toContain(show.id);
    expect((await join(fan)).statusCode).toBe(403); // on within the half hour before: tickets only
    await ok('POST', '/api/orders', fan, { listingId: show.listingId });
    expect((await join(fan)).statusCode).toBe(201);
  });

  it('is declined with a reason its performer reads, and then sells nothing', async () => {
    const performer = await makePerson(api.app, 'Rae', { artist: true });
    const admin = await makePerson(api.app, 'Ada', { roles: ['admin'] });
    const show = showSchema.parse((await askForStage(performer, 'Closed Night', inDays(3))).json());
    await ok('POST', `/api/venue/shows/${show.id}/decline`, admin, {
      reason: 'The stage is closed for repairs.',
    });
    expect(await ok<Show[]>('GET', '/api/shows/mine', performer)).toMatchObject([
      { title: 'Closed Night', status: 'declined', declineReason: 'The stage is closed for repairs.' },
    ]);
    const order = await send('POST', '/api/orders', await makePerson(api.app, 'Hopeful'), {
      listingId: show.listingId,
    });
    expect(order.statusCode).toBe(409);
    expect((await send('POST', `/api/venue/shows/${show.id}/approve`, admin)).statusCode).toBe(409);
  });

  it('is not approved over an approved show, and nobody asks for a time one has', async () => {
    const [first, second] = [
      await makePerson(api.app, 'First', { artist: true }),
      await makePerson(api.app, 'Second', { artist: true }),
    ];
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    // Requests do not hold the stage: both may ask for one evening, and the venue chooses.
    const a = showSchema.parse((await askForStage(first, 'Evening A', inDays(10))).json());
    const b = showSchema.parse((await askForStage(second, 'Evening B', inDays(10))).json());
    await ok('POST', `/api/venue/shows/${a.id}/approve`, curator);
    const clash = await send('POST', `/api/venue/shows/${b.id}/approve`, curator);
    expect(clash.json()).toMatchObject({
      statusCode: 409,
      message: 'Main Stage has "Evening A" then: decline this request, or ask the artist for another time.',
    });
    const late = await askForStage(second, 'Evening C', inDays(10));
    expect(late.json()).toMatchObject({
      statusCode: 409,
      message: 'body.startsAt: Main Stage has "Evening A" then.',
    });
  });

  it('is one of at most 3 requests waiting, and 5 approved shows to come, per artist', async () => {
    const busy = await makePerson(api.app, 'Busy', { artist: true });
    const admin = await makePerson(api.app, 'Ada', { roles: ['admin'] });
    let day = 20;
    const ask = () => askForStage(busy, `Set ${day}`, inDays((day += 1)));
    const pending: string[] = [];
    for (let i = 0; i < 3; i += 1) pending.push(showSchema.parse((await ask()).json()).id);
    expect((await ask()).json()).toMatchObject({
      statusCode: 409,
      message:
        "You have 3 show requests waiting for the venue's answer, the most at once: wait for an answer before asking for another.",
    });
    for (const id of pending) await ok('POST', `/api/venue/shows/${id}/approve`, admin);
    for (let i = 0; i < 2; i += 1) {
      await ok('POST', `/api/venue/shows/${showSchema.parse((await ask()).json()).id}/approve`, admin);
    }
    expect((await ask()).json()).toMatchObject({
      statusCode: 409,
      message:
        'You have 5 approved shows to come, the most at once: ask for another after one has taken place.',
    });
  });
});
