// The venue's desk (/venue): curators put a request in another space of its kind, under the calendar's rules,
// and read every space's calendar; admins set the venue's commission (used for what is listed from then on)
// and read its money; moderators read the log of every moderating and venue act, and resolve visitors'
// reports. Who may do which is checked for each role.
import { describe, expect, it } from 'vitest';
import {
  commissionSettingsSchema,
  moderatorLogSchema,
  reportSchema,
  showSchema,
  venueCalendarSchema,
  venueMoneySchema,
} from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { BansService } from '../src/moderation/bans.service.ts';
import { makeArtwork, makePerson, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const send = (method: Method, url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok<T>(method: Method, url: string, who?: Person, payload?: object): Promise<T> {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

const statusOf = async (method: Method, url: string, who?: Person, payload?: object) =>
  (await send(method, url, who, payload)).statusCode;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const inDays = (days: number) => inHours(days * 24);

const prisma = () => api.app.get(PrismaService);

/** A second stage and a second gallery, as a venue with more rooms has. */
async function moreSpaces(): Promise<void> {
  await prisma().space.createMany({
    data: [
      { slug: 'small-stage', kind: 'stage', name: 'Small Stage', capacity: 50 },
      { slug: 'east-gallery', kind: 'gallery', name: 'East Gallery' },
    ],
    skipDuplicates: true,
  });
}

const askForStage = (artist: Person, title: string, startsAt: string, capacity = 10) =>
  ok<{ id: string }>('POST', '/api/shows', artist, {
    space: 'main-stage',
    title,
    startsAt,
    durationMinutes: 60,
    capacity,
    priceMinor: 0,
    currency: 'usd',
  });

async function askToHang(artist: Person, title: string): Promise<string> {
  const works = [await makeArtwork(api.app, artist, `${title} I`)];
  const created = await ok<{ id: string }>('POST', '/api/exhibitions', artist, {
    space: 'main-gallery',
    title,
    works,
    opensAt: inDays(30),
    closesAt: inDays(40),
  });
  // Sent to the venue, where the studio keeps drafts until their artist sends them.
  await prisma().exhibition.update({ where: { id: created.id }, data: { submittedAt: new Date() } });
  return created.id;
}

describe('assigning a request to another space', () => {
  it('puts a show on another stage, with the stage calendar’s rules, and the calendar shows it there', async () => {
    await moreSpaces();
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    const moderator = await makePerson(api.app, 'Mo', { roles: ['moderator'] });
    const artist = await makePerson(api.app, 'Pia', { artist: true });
    const other = await makePerson(api.app, 'Quinn', { artist: true });
    const at = inHours(50);
    const first = await askForStage(artist, 'Night Set', at);
    const second = await askForStage(other, 'Same Hour', at);
    const big = await askForStage(other, 'Big Crowd', inHours(80), 200);

    // Only curators and admins answer; a body must name a stage that can hold the show.
    expect(await statusOf('POST', `/api/venue/shows/${first.id}/approve`, moderator, {})).toBe(403);
    const toGallery = await send('POST', `/api/venue/shows/${first.id}/approve`, curator, {
      space: 'main-gallery',
    });
    expect(toGallery.json()).toMatchObject({
      statusCode: 400,
      message: 'body.space: shows happen on stages.',
    });
    expect(
      (await send('POST', `/api/venue/shows/${first.id}/approve`, curator, { space: 'Not A Slug' })).json(),
    ).toMatchObject({
      statusCode: 400,
      message: 'body.space: must be lower-case letters, digits and dashes',
    });
    expect(
      (
        await send('POST', `/api/venue/shows/${first.id}/approve`, curator, { space: 'no-such-stage' })
      ).json(),
    ).toMatchObject({ statusCode: 400, message: 'body.space: there is no space called "no-such-stage".' });
    expect(
      (await send('POST', `/api/venue/shows/${big.id}/approve`, curator, { space: 'small-stage' })).json(),
    ).toMatchObject({
      statusCode: 400,
      message: 'body.space: Small Stage holds at most 50; this show sells 200 places.',
    });

    const moved = showSchema.parse(
      await ok('POST', `/api/venue/shows/${first.id}/approve`, curator, { space: 'small-stage' }),
    );
    expect(moved).toMatchObject({ status: 'approved', space: { slug: 'small-stage', name: 'Small Stage' } });
    // The same hour on the same stage clashes; on the stage it asked for it is free.
    expect(
      (await send('POST', `/api/venue/shows/${second.id}/approve`, curator, { space: 'small-stage' })).json(),
    ).toMatchObject({
      statusCode: 409,
      message: expect.stringContaining('Small Stage has "Night Set" then'),
    });
    expect(
      showSchema.parse(await ok('POST', `/api/venue/shows/${second.id}/approve`, curator)).space.slug,
    ).toBe('main-stage');

    const calendar = venueCalendarSchema.parse(
      await ok(
        'GET',
        `/api/venue/calendar?from=${encodeURIComponent(inDays(0))}&to=${encodeURIComponent(inDays(7))}`,
        curator,
      ),
    );
    expect(calendar.spaces.map((space) => space.slug)).toEqual(
      expect.arrayContaining(['main-gallery', 'east-gallery', 'main-stage', 'small-stage']),
    );
    expect(calendar.spaces.map((space) => space.kind)).not.toContain('lobby');
    expect(calendar.entries.filter((entry) => entry.kind === 'show')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Night Set', space: 'small-stage', status: 'approved', by: 'Pia' }),
        expect.objectContaining({ title: 'Same Hour', space: 'main-stage', status: 'approved' }),
        expect.objectContaining({ title: 'Big Crowd', space: 'main-stage', status: 'pending' }),
      ]),
    );
    // The venue's standing collection is on the gallery's calendar too.
    expect(calendar.entries).toContainEqual(
      expect.objectContaining({
        kind: 'exhibition',
        space: 'main-gallery',
        status: 'approved',
        endsAt: null,
      }),
    );
  });

  it('hangs an exhibition in another gallery, never on a stage', async () => {
    await moreSpaces();
    const admin = await makePerson(api.app, 'Ada', { roles: ['admin'] });
    const artist = await makePerson(api.app, 'Rae', { artist: true });
    const id = await askToHang(artist, 'Salt Maps');
    expect(
      (await send('POST', `/api/venue/exhibitions/${id}/approve`, admin, { space: 'main-stage' })).json(),
    ).toMatchObject({ statusCode: 400, message: 'body.space: exhibitions hang in galleries.' });
    const hung = await ok<{ space: { slug: string }; status: string }>(
      'POST',
      `/api/venue/exhibitions/${id}/approve`,
      admin,
      { space: 'east-gallery' },
    );
    expect(hung).toMatchObject({ status: 'approved', space: { slug: 'east-gallery' } });
  });
});

describe('the calendar', () => {
  it('is for curators and admins, over at most 100 days', async () => {
    const curator = await makePerson(api.app, 'Cal', { roles: ['curator'] });
    const member = await makePerson(api.app, 'Mem');
    const moderator = await makePerson(api.app, 'Mod', { roles: ['moderator'] });
    const range = `from=${encodeURIComponent(inDays(0))}&to=${encodeURIComponent(inDays(7))}`;
    expect(await statusOf('GET', `/api/venue/calendar?${range}`, member)).toBe(403);
    expect(await statusOf('GET', `/api/venue/calendar?${range}`, moderator)).toBe(403);
    expect(await statusOf('GET', `/api/venue/calendar?${range}`)).toBe(401);
    expect((await send('GET', '/api/venue/calendar?from=yesterday', curator)).json()).toMatchObject({
      statusCode: 400,
      message: 'query.from: must be an ISO date and time',
    });
    const backwards = `from=${encodeURIComponent(inDays(7))}&to=${encodeURIComponent(inDays(0))}`;
    expect((await send('GET', `/api/venue/calendar?${backwards}`, curator)).json()).toMatchObject({
      message: 'query.to: must be after from',
    });
    const long = `from=${encodeURIComponent(inDays(0))}&to=${encodeURIComponent(inDays(200))}`;
    expect((await send('GET', `/api/venue/calendar?${long}`, curator)).json()).toMatchObject({
      message: 'query.to: may be at most 100 days after from',
    });
  });
});

describe('the venue’s commission', () => {
  it('is set by admins only, checked, and applies to what is listed from then on', async () => {
    const admin = await makePerson(api.app, 'Owner', { roles: ['admin'] });
    const curator = await makePerson(api.app, 'Cur', { roles: ['curator'] });
    const artist = await makePerson(api.app, 'Sol', { artist: true });
    const before = commissionSettingsSchema.parse(await ok('GET', '/api/venue/commission', admin));
    expect(before).toMatchObject({
      shares: { original: 1500, print: 1500, commission: 500, ticket: 1000, course: 3000 },
      premiumExtraBps: 300,
      updatedAt: null,
    });
    const workId = await makeArtwork(api.app, artist, 'Before');
    const listPrint = () =>
      ok<{ id: string }>('POST', '/api/listings', artist, {
        kind: 'print',
        artworkId: workId,
        edition: 10,
        priceMinor: 0,
        currency: 'usd',
      });
    const old = await listPrint();

    const shares = { original: 2000, print: 1250, commission: 500, ticket: 800, course: 3000 };
    expect(await statusOf('GET', '/api/venue/commission', curator)).toBe(403);
    expect(await statusOf('PUT', '/api/venue/commission', curator, shares)).toBe(403);
    expect(
      (await send('PUT', '/api/venue/commission', admin, { ...shares, print: 6000 })).json(),
    ).toMatchObject({
      statusCode: 400,
      message: 'body.print: may not be above 50 % (the artist keeps at least half)',
    });
    expect(
      (await send('PUT', '/api/venue/commission', admin, { ...shares, ticket: 12.5 })).json(),
    ).toMatchObject({
      message: 'body.ticket: must be whole basis points (1 % is 100)',
    });
    expect((await send('PUT', '/api/venue/commission', admin, { original: 1000 })).json()).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^body\.print: /),
    });

    const after = commissionSettingsSchema.parse(await ok('PUT', '/api/venue/commission', admin, shares));
    expect(after.shares).toEqual(shares);
    expect(after.updatedAt).not.toBeNull();
    const fresh = await listPrint();
    const fees = await prisma().listing.findMany({
      where: { id: { in: [old.id, fresh.id] } },
      select: { id: true, feeBps: true },
    });
    expect(fees.find((row) => row.id === old.id)?.feeBps).toBe(1500);
    expect(fees.find((row) => row.id === fresh.id)?.feeBps).toBe(1250);

    // A show approved from now on sells its tickets with the venue's ticket share.
    const show = await askForStage(artist, 'After the Change', inHours(300));
    await ok('POST', `/api/venue/shows/${show.id}/approve`, admin);
    const ticket = await prisma().listing.findUniqueOrThrow({ where: { showId: show.id } });
    expect(ticket).toMatchObject({ feeBps: 800, active: true });
  });

  it('reads the ledger’s money by currency for admins only', async () => {
    const admin = await makePerson(api.app, 'Treasurer', { roles: ['admin'] });
    const curator = await makePerson(api.app, 'Cu', { roles: ['curator'] });
    expect(await statusOf('GET', '/api/venue/money', curator)).toBe(403);
    const money = venueMoneySchema.parse(await ok('GET', '/api/venue/money', admin));
    for (const row of money.currencies) {
      expect(row.sales - row.refunds).toBe(row.venueShare + row.artistsShare);
    }
  });
});

describe('visitors’ reports', () => {
  it('are made by members and guests, a few at a time, and resolved by moderators into the log', async () => {
    const member = await makePerson(api.app, 'Tess');
    const moderator = await makePerson(api.app, 'Mona', { roles: ['moderator'] });
    const curator = await makePerson(api.app, 'Cass', { roles: ['curator'] });
    const report = { space: 'main-gallery', name: 'Loud Larry', reason: 'Shouting over the guided tour' };
    const made = reportSchema.parse(await ok('POST', '/api/moderation/reports', member, report));
    expect(made).toMatchObject({ reporterName: 'Tess', name: 'Loud Larry', space: { name: 'Main Gallery' } });
    const byGuest = reportSchema.parse(
      await ok('POST', '/api/moderation/reports', undefined, { ...report, reporterName: 'Gus' }),
    );
    expect(byGuest.reporterName).toBe('Gus (guest)');

    expect(
      (await send('POST', '/api/moderation/reports', member, { ...report, reason: ' ' })).json(),
    ).toMatchObject({
      statusCode: 400,
      message: 'body.reason: say what happened: the moderators read it',
    });
    expect(
      (await send('POST', '/api/moderation/reports', member, { ...report, space: 'nowhere' })).json(),
    ).toMatchObject({
      statusCode: 400,
      message: 'body.space: there is no space called "nowhere".',
    });
    // Five at a time from one person; the sixth waits.
    for (let n = 0; n < 4; n += 1) await ok('POST', '/api/moderation/reports', member, report);
    const flood = await send('POST', '/api/moderation/reports', member, report);
    expect(flood.statusCode).toBe(429);
    expect(flood.headers['retry-after']).toBeDefined();

    expect(await statusOf('GET', '/api/moderation/reports', curator)).toBe(403);
    expect(await statusOf('GET', '/api/moderation/reports', member)).toBe(403);
    const open = reportSchema.array().parse(await ok('GET', '/api/moderation/reports', moderator));
    expect(open.map((row) => row.id)).toEqual(expect.arrayContaining([made.id, byGuest.id]));
    expect(
      (
        await send('POST', `/api/moderation/reports/${made.id}/resolve`, moderator, { resolution: '' })
      ).json(),
    ).toMatchObject({ statusCode: 400, message: 'body.resolution: say what was done: it goes in the log' });
    expect(
      await statusOf('POST', `/api/moderation/reports/${made.id}/resolve`, curator, { resolution: 'x' }),
    ).toBe(403);
    const resolved = reportSchema.parse(
      await ok('POST', `/api/moderation/reports/${made.id}/resolve`, moderator, {
        resolution: 'Talked to him',
      }),
    );
    expect(resolved.resolvedAt).not.toBeNull();
    expect(
      await statusOf('POST', `/api/moderation/reports/${made.id}/resolve`, moderator, {
        resolution: 'again',
      }),
    ).toBe(409);
    const still = reportSchema.array().parse(await ok('GET', '/api/moderation/reports', moderator));
    expect(still.map((row) => row.id)).not.toContain(made.id);

    const log = moderatorLogSchema.parse(await ok('GET', '/api/moderation/log', moderator));
    expect(log.actions[0]).toMatchObject({
      kind: 'report_resolved',
      actor: 'Mona',
      reason: 'Talked to him',
      target: 'Loud Larry in main-gallery, reported by Tess',
    });
  });
});

describe('the log of moderator acts', () => {
  it('holds every act with who, what and why, newest first, a page at a time, for moderators and admins', async () => {
    const admin = await makePerson(api.app, 'Alma', { roles: ['admin'] });
    const member = await makePerson(api.app, 'Milo');
    const curator = await makePerson(api.app, 'Curt', { roles: ['curator'] });
    const artist = await makePerson(api.app, 'Vera', { artist: true });
    const staffer = await makePerson(api.app, 'Nina');
    const email = (await prisma().user.findUniqueOrThrow({ where: { id: staffer.id } })).email;

    await ok('POST', '/api/venue/staff', admin, { email, role: 'moderator' });
    await ok('DELETE', `/api/venue/staff/${staffer.id}/roles/moderator`, admin);
    const show = await askForStage(artist, 'Declined Set', inHours(400));
    await ok('POST', `/api/venue/shows/${show.id}/decline`, curator, { reason: 'The stage is closed then' });
    const exhibition = await askToHang(artist, 'Hung Then Down');
    await ok('POST', `/api/venue/exhibitions/${exhibition}/approve`, curator, {});
    await ok('POST', `/api/venue/exhibitions/${exhibition}/take-down`, curator);
    // Twenty of the older acts, so the log has a second page.
    for (let n = 0; n < 10; n += 1) {
      await ok('PUT', '/api/moderation/spaces/main-stage', admin, { membersOnly: true });
      await ok('PUT', '/api/moderation/spaces/main-stage', admin, { membersOnly: false });
    }
    // A moderator's ban in a room (the world server keeps it through BansService), lifted on the desk.
    const bans = api.app.get(BansService);
    await bans.record({
      sub: `user:${member.id}`,
      name: 'Milo',
      space: 'main-gallery',
      scope: 'space',
      net: null,
      by: `user:${admin.id}`,
      reason: 'Spamming the chat',
      at: new Date(),
    });
    const [ban] = await ok<{ id: string; name: string }[]>('GET', '/api/moderation/bans', admin);
    expect(ban?.name).toBe('Milo');
    expect(await statusOf('DELETE', `/api/moderation/bans/${ban?.id ?? ''}`, admin)).toBe(204);
    await ok('PUT', '/api/moderation/spaces/main-stage', admin, { membersOnly: true });

    expect(await statusOf('GET', '/api/moderation/log', member)).toBe(403);
    expect(await statusOf('GET', '/api/moderation/log', curator)).toBe(403);
    expect((await send('GET', '/api/moderation/log?page=0', admin)).json()).toMatchObject({
      statusCode: 400,
      message: 'query.page: must be 1 or more',
    });
    const log = moderatorLogSchema.parse(await ok('GET', '/api/moderation/log', admin));
    expect(
      log.actions.slice(0, 5).map(({ kind, actor, target, reason }) => ({ kind, actor, target, reason })),
    ).toEqual([
      { kind: 'space_door_changed', actor: 'Alma', target: 'Main Stage: members only', reason: null },
      { kind: 'ban_lifted', actor: 'Alma', target: 'Milo from main-gallery', reason: 'Spamming the chat' },
      { kind: 'ban_given', actor: 'Alma', target: 'Milo from main-gallery', reason: 'Spamming the chat' },
      { kind: 'space_door_changed', actor: 'Alma', target: 'Main Stage: open to guests', reason: null },
      { kind: 'space_door_changed', actor: 'Alma', target: 'Main Stage: members only', reason: null },
    ]);
    const second = moderatorLogSchema.parse(await ok('GET', '/api/moderation/log?page=2', admin));
    const older = [...log.actions, ...second.actions]
      .slice(5)
      .filter((action) => action.kind !== 'space_door_changed');
    expect(
      older.slice(0, 5).map(({ kind, actor, target, reason }) => ({ kind, actor, target, reason })),
    ).toEqual([
      { kind: 'exhibition_taken_down', actor: 'Curt', target: 'Hung Then Down', reason: null },
      { kind: 'exhibition_approved', actor: 'Curt', target: 'Hung Then Down in Main Gallery', reason: null },
      { kind: 'show_declined', actor: 'Curt', target: 'Declined Set', reason: 'The stage is closed then' },
      { kind: 'role_revoked', actor: 'Alma', target: 'Nina · moderator', reason: null },
      { kind: 'role_granted', actor: 'Alma', target: 'Nina · moderator', reason: null },
    ]);
    expect(log.total).toBeGreaterThan(20);
    expect(log.pages).toBe(Math.ceil(log.total / 20));
    expect(second.page).toBe(2);
    expect(second.actions[0]?.id).not.toBe(log.actions[0]?.id);
    expect(Date.parse(second.actions[0]?.at ?? '')).toBeLessThanOrEqual(
      Date.parse(log.actions.at(-1)?.at ?? ''),
    );
    await ok('PUT', '/api/moderation/spaces/main-stage', admin, { membersOnly: false });
  });
});
