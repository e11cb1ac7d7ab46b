// Who may call what: every route of the API x every kind of caller (a guest, members with each role, the
// owner of the thing and another artist who does not own it), asserting the exact answer. A route missing
// from the matrix fails the test, so a new route must say who may call it.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PrismaService } from '../src/database/prisma.service.ts';
import { certificateCode } from '../src/education/progress.ts';
import { documentedRoutes } from '../src/openapi/routes.ts';
import { makeArtwork, makePerson, type Person, uploadSample } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';
import { approveShow } from './support/venue.ts';

const { api } = usePayingApi();

const CALLERS = [
  'guest',
  'member',
  'buyer',
  'owner',
  'otherArtist',
  'instructor',
  'otherInstructor',
  'moderator',
  'curator',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];

interface Fixture {
  readonly people: Record<Exclude<Caller, 'guest'>, Person>;
  readonly mediaId: string;
  readonly artworkId: string;
  /** A free print of the owner's, in a large edition. */
  readonly listingId: string;
  /** The buyer's (paid, free) order of it. */
  readonly orderId: string;
  readonly showId: string;
  /** The instructor's published free course, the buyer enrolled on it. */
  readonly course: { id: string; moduleId: string; textId: string; exerciseId: string; submissionId: string };
  readonly certificateCode: string;
  /** A challenge the instructor hosts, with an entry by the owner. */
  readonly challenge: { id: string; entryId: string };
}
let fixture: Fixture;
const prisma = () => api.app.get(PrismaService);

interface Call {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly payload?: object;
}
type Expected = Record<Caller, number>;

/** `ok` for the callers named, and for the rest: 401 for a guest, `refused` for everyone else. */
function only(allowed: readonly Caller[], ok: number, refused = 403): Expected {
  return Object.fromEntries(
    CALLERS.map((caller) => [caller, allowed.includes(caller) ? ok : caller === 'guest' ? 401 : refused]),
  ) as Expected;
}
const everyone = (status: number): Expected =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Expected;
const signedIn = (status: number): Expected => ({ ...everyone(status), guest: 401 });
const ARTISTS: Caller[] = ['owner', 'otherArtist'];

let showMinutes = 24 * 60;
const nextShowStart = () => new Date(Date.now() + (showMinutes += 120) * 60_000).toISOString();

async function freshOrder(): Promise<string> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/orders',
    payload: { listingId: fixture.listingId },
    headers: (await makePerson(api.app, 'Another buyer')).headers,
  });
  return response.json<{ id: string }>().id;
}

async function buyersKey(): Promise<string> {
  const key = await api.app.get(PrismaService).apiKey.create({
    data: { userId: fixture.people.buyer.id, name: 'k', tokenHash: randomUUID(), prefix: 'psk_' },
  });
  return key.id;
}

const TEACHERS: Caller[] = ['instructor', 'otherInstructor', 'admin'];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A draft course of the instructor's, with one lesson, ready to publish. */
async function draftCourse(): Promise<string> {
  const course = await prisma().course.create({
    data: {
      instructorId: fixture.people.instructor.id,
      title: 'Draft',
      discipline: 'painting',
      level: 'beginner',
      modules: {
        create: { title: 'One', position: 0, lessons: { create: { title: 'L', position: 0, kind: 'text' } } },
      },
    },
  });
  return course.id;
}

/** A new draft course of the instructor's (one module, one lesson), as its outline's ids. */
async function draftOutline(): Promise<{ courseId: string; moduleId: string; lessonId: string }> {
  const courseId = await draftCourse();
  const module = await prisma().courseModule.findFirstOrThrow({
    where: { courseId },
    include: { lessons: { select: { id: true } } },
  });
  return { courseId, moduleId: module.id, lessonId: module.lessons[0]?.id ?? '' };
}

/** A certificate of a new student of the fixture course. */
async function freshCertificate(): Promise<string> {
  const student = await makePerson(api.app, 'Certified');
  const code = certificateCode(randomBytes(8));
  await prisma().enrollment.create({
    data: { courseId: fixture.course.id, userId: student.id, certificate: { create: { code } } },
  });
  return code;
}

/** A request from the buyer to the mentor (otherArtist). */
async function freshMentorshipRequest(): Promise<string> {
  const request = await prisma().mentorshipRequest.create({
    data: {
      studentId: fixture.people.buyer.id,
      mentorId: fixture.people.otherArtist.id,
      discipline: 'painting',
    },
  });
  return request.id;
}

/** An open challenge of the instructor's. */
async function freshChallenge(): Promise<string> {
  const gallery = await prisma().space.findUniqueOrThrow({ where: { slug: 'main-gallery' } });
  const challenge = await prisma().challenge.create({
    data: {
      hostId: fixture.people.instructor.id,
      spaceId: gallery.id,
      title: 'Fresh',
      brief: 'Go.',
      deadline: new Date(Date.now() + 86_400_000),
    },
  });
  return challenge.id;
}

const VENUE_STAFF: Caller[] = ['curator', 'admin'];
let exhibitionDays = 400;

/** A pending exhibition of the owner's in the gallery, asking for dates no other exhibition has. */
async function freshExhibitionRequest(status: 'pending' | 'approved' = 'pending'): Promise<string> {
  const gallery = await prisma().space.findUniqueOrThrow({ where: { slug: 'main-gallery' } });
  const artist = await prisma().artist.findUniqueOrThrow({ where: { userId: fixture.people.owner.id } });
  const opensAt = new Date(Date.now() + (exhibitionDays += 10) * 86_400_000);
  const exhibition = await prisma().exhibition.create({
    data: {
      spaceId: gallery.id,
      artistId: artist.id,
      title: 'Asked for',
      status,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 7 * 86_400_000),
      works: { create: { artworkId: fixture.artworkId, position: 0 } },
    },
  });
  return exhibition.id;
}

/** A draft exhibition of the owner's, of one of their works, asking for dates no other exhibition has. */
async function draftExhibition(): Promise<string> {
  const opensAt = new Date(Date.now() + (exhibitionDays += 10) * 86_400_000);
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/studio/exhibitions',
    payload: {
      space: 'main-gallery',
      title: 'Drafted',
      works: [fixture.artworkId],
      opensAt: opensAt.toISOString(),
      closesAt: new Date(opensAt.getTime() + 7 * 86_400_000).toISOString(),
    },
    headers: fixture.people.owner.headers,
  });
  if (response.statusCode !== 201) throw new Error(`draft exhibition: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** A pending show of the other artist's on the stage, at a time of its own (made directly: no limits). */
async function freshShowRequest(): Promise<string> {
  const stage = await prisma().space.findUniqueOrThrow({ where: { slug: 'main-stage' } });
  const startsAt = new Date(nextShowStart());
  const show = await prisma().show.create({
    data: {
      spaceId: stage.id,
      performerId: fixture.people.otherArtist.id,
      title: 'Asked for',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      listing: {
        create: {
          sellerId: fixture.people.otherArtist.id,
          kind: 'ticket',
          title: 'Ticket: Asked for',
          edition: 10,
          priceMinor: 0,
          currency: 'usd',
          feeBps: 1000,
          active: false,
        },
      },
    },
  });
  return show.id;
}

/** Someone new with `roles`, for the staff routes to give or take roles from. */
async function freshAccount(roles: ('moderator' | 'curator')[] = []): Promise<{ id: string; email: string }> {
  return prisma().user.create({
    data: { email: `${randomUUID()}@example.org`, displayName: 'Staff', passwordHash: 'x', roles },
    select: { id: true, email: true },
  });
}

async function freshListing(): Promise<string> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/listings',
    payload: { kind: 'commission', title: 'A portrait', edition: 5, priceMinor: 0, currency: 'usd' },
    headers: fixture.people.owner.headers,
  });
  return response.json<{ id: string }>().id;
}

/** The buyer's paid (free) order of a new commission listing of the owner's (made directly: no throttle). */
async function paidCommission(): Promise<string> {
  const order = await prisma().order.create({
    data: {
      buyerId: fixture.people.buyer.id,
      listingId: await freshListing(),
      status: 'paid',
      amountMinor: 0,
      currency: 'usd',
      platformFeeMinor: 0,
      paidAt: new Date(),
    },
  });
  return order.id;
}

/** A song's state as the DAW saves it (a minimal song document), base64. */
function songState(): string {
  const doc = new Y.Doc();
  doc.getMap('song').set('tempo', 120);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

/** A fresh song of the owner's, made directly. */
async function ownersSong(): Promise<string> {
  const state = Buffer.from(songState(), 'base64');
  const song = await prisma().song.create({
    data: { ownerId: fixture.people.owner.id, name: 'Riff', state, bytes: state.byteLength },
  });
  return song.id;
}

/** Each route: how to call it (made fresh per caller where calls change things) and what each caller gets. */
const MATRIX: Record<string, { call: () => Promise<Call> | Call; expected: Expected; standIns?: boolean }> = {
  'GET /api/health': { call: () => ({ method: 'GET', url: '/api/health' }), expected: everyone(200) },
  'GET /api/spaces': { call: () => ({ method: 'GET', url: '/api/spaces' }), expected: everyone(200) },
  'GET /api/spaces/{slug}': {
    call: () => ({ method: 'GET', url: '/api/spaces/lobby' }),
    expected: everyone(200),
  },
  'POST /api/auth/sign-up': {
    call: () => ({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: `${randomUUID()}@example.org`,
        password: 'a long enough password',
        displayName: 'New',
      },
    }),
    expected: everyone(201),
  },
  // The account routes are public by design: what they check (passwords, tokens) is in accounts.spec.ts.
  'POST /api/auth/sign-in': {
    call: () => ({
      method: 'POST',
      url: '/api/auth/sign-in',
      // A new address each time: five failures for one address are throttled (429), as they should be.
      payload: { email: `${randomUUID()}@example.org`, password: 'wrong password' },
    }),
    expected: everyone(401),
  },
  'POST /api/auth/refresh': {
    call: () => ({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: 'not-a-token' } }),
    expected: everyone(401),
  },
  'POST /api/auth/sign-out': {
    call: () => ({ method: 'POST', url: '/api/auth/sign-out', payload: { refreshToken: 'not-a-token' } }),
    expected: everyone(204),
  },
  'POST /api/auth/password-reset': {
    call: () => ({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody@example.org' },
    }),
    expected: everyone(202),
  },
  'POST /api/auth/password-reset/confirm': {
    call: () => ({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: 'not-a-token', password: 'a long enough password' },
    }),
    expected: everyone(400),
  },
  'GET /api/me': { call: () => ({ method: 'GET', url: '/api/me' }), expected: signedIn(200) },
  // No file sent: signed in, that is a bad request.
  'POST /api/media': { call: () => ({ method: 'POST', url: '/api/media' }), expected: signedIn(400) },
  'GET /api/media/{id}': {
    call: () => ({ method: 'GET', url: `/api/media/${fixture.mediaId}` }),
    expected: everyone(200),
  },
  'GET /api/media/{id}/thumbnail': {
    call: () => ({ method: 'GET', url: `/api/media/${fixture.mediaId}/thumbnail` }),
    expected: everyone(200),
  },
  'PUT /api/artists/me': {
    call: () => ({ method: 'PUT', url: '/api/artists/me', payload: { name: 'Anyone' } }),
    expected: signedIn(200),
    // Making a profile makes the caller an artist: done by stand-ins, so the others stay what they are.
    standIns: true,
  },
  'GET /api/artists/{id}': {
    call: async () => {
      const artist = await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' });
      const id = artist.json<{ exhibition: { works: { artist: { id: string } }[] } }>().exhibition.works[0]
        ?.artist.id;
      return { method: 'GET', url: `/api/artists/${id ?? ''}` };
    },
    expected: everyone(200),
  },
  'POST /api/artworks': {
    call: () => ({
      method: 'POST',
      url: '/api/artworks',
      payload: { mediaId: fixture.mediaId, title: 'T', year: 2026 },
    }),
    expected: only(['owner'], 201),
  },
  'GET /api/artists/me': {
    call: () => ({ method: 'GET', url: '/api/artists/me' }),
    // The others have no profile yet: a 404 that says so.
    expected: only(ARTISTS, 200, 404),
  },
  'PATCH /api/artworks/{id}': {
    call: () => ({ method: 'PATCH', url: `/api/artworks/${fixture.artworkId}`, payload: { tags: ['ink'] } }),
    // Someone else's work is not found, rather than forbidden: an id tells nobody whose it is.
    expected: only(['owner'], 200, 404),
  },
  'DELETE /api/artworks/{id}': {
    call: async () => ({
      method: 'DELETE',
      url: `/api/artworks/${await makeArtwork(api.app, fixture.people.owner, 'To delete')}`,
    }),
    expected: only(['owner'], 200, 404),
  },
  'POST /api/exhibitions': {
    call: () => ({
      method: 'POST',
      url: '/api/exhibitions',
      payload: { space: 'main-gallery', title: 'Mine', works: [fixture.artworkId] },
    }),
    expected: only(['owner'], 201),
  },
  'GET /api/exhibitions/mine': {
    call: () => ({ method: 'GET', url: '/api/exhibitions/mine' }),
    expected: signedIn(200),
  },
  // The studio's exhibitions: drafts are their artist's alone (anyone else's is not found).
  'GET /api/studio/exhibitions': {
    call: () => ({ method: 'GET', url: '/api/studio/exhibitions' }),
    expected: signedIn(200),
  },
  'POST /api/studio/exhibitions': {
    call: () => ({
      method: 'POST',
      url: '/api/studio/exhibitions',
      payload: { space: 'main-gallery', title: 'Drafted', works: [fixture.artworkId] },
    }),
    // Another artist may not hang the owner's work; the rest have no artist profile.
    expected: only(['owner'], 201),
  },
  'GET /api/studio/exhibitions/{id}': {
    call: async () => ({ method: 'GET', url: `/api/studio/exhibitions/${await draftExhibition()}` }),
    expected: only(['owner'], 200, 404),
  },
  'PATCH /api/studio/exhibitions/{id}': {
    call: async () => ({
      method: 'PATCH',
      url: `/api/studio/exhibitions/${await draftExhibition()}`,
      payload: { title: 'Renamed' },
    }),
    expected: only(['owner'], 200, 404),
  },
  'DELETE /api/studio/exhibitions/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/studio/exhibitions/${await draftExhibition()}` }),
    expected: only(['owner'], 204, 404),
  },
  'PUT /api/studio/exhibitions/{id}/layout': {
    call: async () => ({
      method: 'PUT',
      url: `/api/studio/exhibitions/${await draftExhibition()}/layout`,
      payload: { works: [{ id: fixture.artworkId, text: 'In ink.', placement: null, spot: null }] },
    }),
    expected: only(['owner'], 200, 404),
  },
  'POST /api/studio/exhibitions/{id}/submit': {
    call: async () => ({ method: 'POST', url: `/api/studio/exhibitions/${await draftExhibition()}/submit` }),
    expected: only(['owner'], 200, 404),
  },
  'POST /api/world/join-token': {
    call: () => ({
      method: 'POST',
      url: '/api/world/join-token',
      payload: { space: 'lobby', name: 'Someone' },
    }),
    expected: everyone(201),
  },
  'GET /api/listings': { call: () => ({ method: 'GET', url: '/api/listings' }), expected: everyone(200) },
  'GET /api/listings/{id}': {
    call: () => ({ method: 'GET', url: `/api/listings/${fixture.listingId}` }),
    expected: everyone(200),
  },
  'POST /api/listings': {
    call: () => ({
      method: 'POST',
      url: '/api/listings',
      payload: { kind: 'print', artworkId: fixture.artworkId, edition: 10, priceMinor: 0, currency: 'usd' },
    }),
    expected: only(['owner'], 201),
  },
  'DELETE /api/listings/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/listings/${await freshListing()}` }),
    expected: only(['owner', 'admin'], 200),
  },
  'POST /api/orders': {
    call: () => ({ method: 'POST', url: '/api/orders', payload: { listingId: fixture.listingId } }),
    // The seller may not buy their own listing (a conflict, not a matter of rights).
    expected: { ...signedIn(201), owner: 409 },
  },
  'GET /api/orders/mine': {
    call: () => ({ method: 'GET', url: '/api/orders/mine' }),
    expected: signedIn(200),
  },
  'GET /api/orders/{id}': {
    call: () => ({ method: 'GET', url: `/api/orders/${fixture.orderId}` }),
    // Someone else's order does not exist, as far as they can tell.
    expected: only(['buyer', 'owner', 'admin'], 200, 404),
  },
  'POST /api/orders/{id}/refund': {
    call: async () => ({ method: 'POST', url: `/api/orders/${await freshOrder()}/refund` }),
    expected: only(['owner', 'admin'], 202, 404),
  },
  // The seller's side (the studio's Sales tab): each caller sees their own listings, sales and earnings.
  'GET /api/listings/mine': {
    call: () => ({ method: 'GET', url: '/api/listings/mine' }),
    expected: signedIn(200),
  },
  'GET /api/listings/terms': {
    call: () => ({ method: 'GET', url: '/api/listings/terms' }),
    expected: signedIn(200),
  },
  'GET /api/sales': { call: () => ({ method: 'GET', url: '/api/sales' }), expected: signedIn(200) },
  'GET /api/orders/{id}/commission': {
    call: async () => ({ method: 'GET', url: `/api/orders/${await paidCommission()}/commission` }),
    // Its buyer and its seller read it; to anyone else the order does not exist.
    expected: only(['buyer', 'owner', 'admin'], 200, 404),
  },
  'POST /api/orders/{id}/commission': {
    call: async () => ({
      method: 'POST',
      url: `/api/orders/${await paidCommission()}/commission`,
      payload: { status: 'accepted', message: 'Starting Monday.' },
    }),
    // Its buyer reads it but does not report on it.
    expected: { ...only(['owner', 'admin'], 201, 404), buyer: 403 },
  },
  'GET /api/shows': { call: () => ({ method: 'GET', url: '/api/shows' }), expected: everyone(200) },
  'GET /api/shows/mine': { call: () => ({ method: 'GET', url: '/api/shows/mine' }), expected: signedIn(200) },
  'GET /api/shows/{id}': {
    call: () => ({ method: 'GET', url: `/api/shows/${fixture.showId}` }),
    expected: everyone(200),
  },
  'POST /api/shows': {
    call: () => ({
      method: 'POST',
      url: '/api/shows',
      payload: {
        space: 'main-stage',
        title: 'Set',
        startsAt: nextShowStart(),
        durationMinutes: 60,
        capacity: 20,
        priceMinor: 0,
        currency: 'usd',
      },
    }),
    expected: only(ARTISTS, 201),
  },
  'PATCH /api/shows/{id}': {
    call: () => ({
      method: 'PATCH',
      url: `/api/shows/${fixture.showId}`,
      payload: { description: 'Tonight.' },
    }),
    expected: only(['owner', ...VENUE_STAFF], 200, 404),
  },
  'DELETE /api/shows/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/shows/${await freshShowRequest()}` }),
    expected: only(['otherArtist', ...VENUE_STAFF], 204, 404),
  },
  'GET /api/shows/{id}/report': {
    call: () => ({ method: 'GET', url: `/api/shows/${fixture.showId}/report` }),
    expected: only(['owner', ...VENUE_STAFF], 200, 404),
  },
  'PUT /api/shows/{id}/split': {
    call: () => ({
      method: 'PUT',
      url: `/api/shows/${fixture.showId}/split`,
      payload: { platformShareBps: 1200 },
    }),
    expected: only(['admin'], 200),
  },
  // Songs: each the owner's alone; others are told there is no such song.
  'GET /api/songs': { call: () => ({ method: 'GET', url: '/api/songs' }), expected: signedIn(200) },
  'POST /api/songs': {
    call: () => ({ method: 'POST', url: '/api/songs', payload: { name: 'Riff', state: songState() } }),
    expected: signedIn(201),
  },
  'GET /api/songs/{id}': {
    call: async () => ({ method: 'GET', url: `/api/songs/${await ownersSong()}` }),
    expected: only(['owner'], 200, 404),
  },
  'PUT /api/songs/{id}': {
    call: async () => ({
      method: 'PUT',
      url: `/api/songs/${await ownersSong()}`,
      payload: { name: 'Riff 2', state: songState(), version: 1 },
    }),
    expected: only(['owner'], 200, 404),
  },
  'DELETE /api/songs/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/songs/${await ownersSong()}` }),
    expected: only(['owner'], 204, 404),
  },
  'GET /api/tickets/mine': {
    call: () => ({ method: 'GET', url: '/api/tickets/mine' }),
    expected: signedIn(200),
  },
  'POST /api/payouts/onboarding': {
    call: () => ({ method: 'POST', url: '/api/payouts/onboarding' }),
    expected: only([...ARTISTS, 'instructor', 'otherInstructor'], 201),
  },
  'GET /api/payouts/me': { call: () => ({ method: 'GET', url: '/api/payouts/me' }), expected: signedIn(200) },
  'GET /api/payouts/overview': {
    call: () => ({ method: 'GET', url: '/api/payouts/overview' }),
    expected: signedIn(200),
  },
  // No caller has a Stripe account here: the list is empty (saying so), and there is no dashboard to open.
  'GET /api/payouts/transfers': {
    call: () => ({ method: 'GET', url: '/api/payouts/transfers' }),
    expected: signedIn(200),
  },
  'POST /api/payouts/dashboard': {
    call: () => ({ method: 'POST', url: '/api/payouts/dashboard' }),
    expected: signedIn(409),
  },
  'GET /api/admin/reconciliation': {
    call: () => ({ method: 'GET', url: '/api/admin/reconciliation' }),
    expected: only(['admin'], 200),
  },
  'GET /api/subscriptions/me': {
    call: () => ({ method: 'GET', url: '/api/subscriptions/me' }),
    expected: signedIn(200),
  },
  'GET /api/subscriptions/tiers': {
    call: () => ({ method: 'GET', url: '/api/subscriptions/tiers' }),
    expected: signedIn(200),
  },
  'GET /api/subscriptions/usage': {
    call: () => ({ method: 'GET', url: '/api/subscriptions/usage' }),
    expected: signedIn(200),
  },
  'POST /api/subscriptions/checkout': {
    call: () => ({ method: 'POST', url: '/api/subscriptions/checkout', payload: { tier: 'pro' } }),
    expected: signedIn(201),
  },
  // Nobody here has a paid plan to manage or cancel: signed in, that is a conflict.
  'POST /api/subscriptions/portal': {
    call: () => ({ method: 'POST', url: '/api/subscriptions/portal' }),
    expected: signedIn(409),
  },
  'POST /api/subscriptions/cancel': {
    call: () => ({ method: 'POST', url: '/api/subscriptions/cancel' }),
    expected: signedIn(409),
  },
  // API access is the Enterprise plan's: nobody here has it, and nobody may revoke another's key.
  'GET /api/api-keys': { call: () => ({ method: 'GET', url: '/api/api-keys' }), expected: signedIn(200) },
  'POST /api/api-keys': {
    call: () => ({ method: 'POST', url: '/api/api-keys', payload: { name: 'script' } }),
    expected: only([], 201),
  },
  'DELETE /api/api-keys/{id}': {
    // Each caller tries a fresh key of the buyer's.
    call: async () => ({ method: 'DELETE', url: `/api/api-keys/${await buyersKey()}` }),
    expected: only(['buyer'], 204, 404),
  },
  // Education: 'instructor' teaches the course, 'buyer' is enrolled on it, 'otherArtist' mentors.
  'GET /api/courses': { call: () => ({ method: 'GET', url: '/api/courses' }), expected: everyone(200) },
  'GET /api/courses/{id}': {
    call: () => ({ method: 'GET', url: `/api/courses/${fixture.course.id}` }),
    expected: everyone(200),
  },
  'POST /api/courses': {
    call: () => ({
      method: 'POST',
      url: '/api/courses',
      payload: { title: 'Another', discipline: 'painting', level: 'beginner' },
    }),
    expected: only(TEACHERS, 201),
  },
  'POST /api/courses/{id}/modules': {
    call: () => ({
      method: 'POST',
      url: `/api/courses/${fixture.course.id}/modules`,
      payload: { title: 'More' },
    }),
    expected: only(['instructor', 'admin'], 201),
  },
  'POST /api/modules/{id}/lessons': {
    call: () => ({
      method: 'POST',
      url: `/api/modules/${fixture.course.moduleId}/lessons`,
      payload: { kind: 'text', title: 'Extra reading', body: 'More.', required: false },
    }),
    expected: only(['instructor', 'admin'], 201),
  },
  'POST /api/courses/{id}/publish': {
    call: async () => ({
      method: 'POST',
      url: `/api/courses/${await draftCourse()}/publish`,
      payload: { priceMinor: 0, currency: 'usd' },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'GET /api/me/teaching': {
    call: () => ({ method: 'GET', url: '/api/me/teaching' }),
    expected: only(TEACHERS, 200),
  },
  'PUT /api/courses/{id}': {
    call: async () => ({
      method: 'PUT',
      url: `/api/courses/${await draftCourse()}`,
      payload: { title: 'Renamed', summary: '', discipline: 'painting', level: 'beginner' },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'PUT /api/courses/{id}/outline': {
    call: async () => {
      const { courseId, moduleId, lessonId } = await draftOutline();
      return {
        method: 'PUT',
        url: `/api/courses/${courseId}/outline`,
        payload: { modules: [{ id: moduleId, lessons: [lessonId] }] },
      };
    },
    expected: only(['instructor', 'admin'], 200),
  },
  'GET /api/courses/{id}/students': {
    call: () => ({ method: 'GET', url: `/api/courses/${fixture.course.id}/students` }),
    expected: only(['instructor', 'admin'], 200),
  },
  'GET /api/courses/{id}/submissions': {
    call: () => ({ method: 'GET', url: `/api/courses/${fixture.course.id}/submissions` }),
    expected: only(['instructor', 'admin'], 200),
  },
  'PATCH /api/modules/{id}': {
    call: () => ({
      method: 'PATCH',
      url: `/api/modules/${fixture.course.moduleId}`,
      payload: { title: 'Renamed module' },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'DELETE /api/modules/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/modules/${(await draftOutline()).moduleId}` }),
    expected: only(['instructor', 'admin'], 200),
  },
  'POST /api/lessons/preview': {
    call: () => ({ method: 'POST', url: '/api/lessons/preview', payload: { body: '# Hello' } }),
    expected: only(TEACHERS, 200),
  },
  'GET /api/lessons/{id}/source': {
    call: () => ({ method: 'GET', url: `/api/lessons/${fixture.course.textId}/source` }),
    expected: only(['instructor', 'admin'], 200),
  },
  'PUT /api/lessons/{id}': {
    call: async () => ({
      method: 'PUT',
      url: `/api/lessons/${(await draftOutline()).lessonId}`,
      payload: { kind: 'text', title: 'Rewritten', body: 'New words.' },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'DELETE /api/lessons/{id}': {
    call: async () => ({ method: 'DELETE', url: `/api/lessons/${(await draftOutline()).lessonId}` }),
    expected: only(['instructor', 'admin'], 200),
  },
  'GET /api/lessons/{id}': {
    call: () => ({ method: 'GET', url: `/api/lessons/${fixture.course.textId}` }),
    expected: only(['buyer', 'instructor', 'admin'], 200),
  },
  'PUT /api/lessons/{id}/progress': {
    call: () => ({
      method: 'PUT',
      url: `/api/lessons/${fixture.course.textId}/progress`,
      payload: { done: true },
    }),
    expected: only(['buyer'], 200),
  },
  'POST /api/lessons/{id}/submissions': {
    call: () => ({
      method: 'POST',
      url: `/api/lessons/${fixture.course.exerciseId}/submissions`,
      payload: { kind: 'link', url: 'https://example.org/my-study' },
    }),
    expected: only(['buyer'], 201),
  },
  'GET /api/lessons/{id}/submissions': {
    call: () => ({ method: 'GET', url: `/api/lessons/${fixture.course.exerciseId}/submissions` }),
    expected: only(['buyer', 'instructor', 'admin'], 200),
  },
  'POST /api/submissions/{id}/review': {
    call: () => ({
      method: 'POST',
      url: `/api/submissions/${fixture.course.submissionId}/review`,
      payload: { critique: 'Looser lines.', score: 0.4 },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'GET /api/me/learning': {
    call: () => ({ method: 'GET', url: '/api/me/learning' }),
    expected: signedIn(200),
  },
  // Only the enrolled may ask; the buyer has not finished the course.
  'POST /api/courses/{id}/certificate': {
    call: () => ({ method: 'POST', url: `/api/courses/${fixture.course.id}/certificate` }),
    expected: { ...only([], 201), buyer: 409 },
  },
  'GET /api/certificates/mine': {
    call: () => ({ method: 'GET', url: '/api/certificates/mine' }),
    expected: signedIn(200),
  },
  'GET /api/certificates/{code}': {
    call: () => ({ method: 'GET', url: `/api/certificates/${fixture.certificateCode}` }),
    expected: everyone(200),
  },
  'GET /api/certificates/{code}/page': {
    call: () => ({ method: 'GET', url: `/api/certificates/${fixture.certificateCode}/page` }),
    expected: everyone(200),
  },
  'GET /api/certificates/{code}/pdf': {
    call: () => ({ method: 'GET', url: `/api/certificates/${fixture.certificateCode}/pdf` }),
    expected: everyone(200),
  },
  'POST /api/certificates/{code}/revoke': {
    call: async () => ({
      method: 'POST',
      url: `/api/certificates/${await freshCertificate()}/revoke`,
      payload: { reason: 'Plagiarised exercise.' },
    }),
    expected: only(['instructor', 'admin'], 200),
  },
  'PUT /api/mentors/me': {
    call: () => ({
      method: 'PUT',
      url: '/api/mentors/me',
      payload: { disciplines: ['sculpture'], levels: ['advanced'], hoursPerWeek: 2 },
    }),
    expected: signedIn(200),
    standIns: true,
  },
  'GET /api/mentors': {
    call: () => ({ method: 'GET', url: '/api/mentors?discipline=painting' }),
    expected: signedIn(200),
  },
  'POST /api/mentors/{id}/requests': {
    call: () => ({
      method: 'POST',
      url: `/api/mentors/${fixture.people.otherArtist.id}/requests`,
      payload: { discipline: 'painting' },
    }),
    // The mentor cannot ask themselves.
    expected: { ...signedIn(201), otherArtist: 409 },
  },
  'GET /api/mentorships': {
    call: () => ({ method: 'GET', url: '/api/mentorships' }),
    expected: signedIn(200),
  },
  'POST /api/mentorships/{id}/accept': {
    call: async () => ({ method: 'POST', url: `/api/mentorships/${await freshMentorshipRequest()}/accept` }),
    expected: { ...only(['otherArtist'], 200, 404), buyer: 403 },
  },
  'POST /api/mentorships/{id}/decline': {
    call: async () => ({ method: 'POST', url: `/api/mentorships/${await freshMentorshipRequest()}/decline` }),
    expected: { ...only(['otherArtist'], 200, 404), buyer: 403 },
  },
  'GET /api/challenges': { call: () => ({ method: 'GET', url: '/api/challenges' }), expected: everyone(200) },
  'GET /api/challenges/{id}': {
    call: () => ({ method: 'GET', url: `/api/challenges/${fixture.challenge.id}` }),
    expected: everyone(200),
  },
  'POST /api/challenges': {
    call: () => ({
      method: 'POST',
      url: '/api/challenges',
      payload: { space: 'main-gallery', title: 'Blue', brief: 'Anything blue.', deadline: inDays(7) },
    }),
    expected: only([...TEACHERS, 'moderator'], 201),
  },
  'POST /api/challenges/{id}/entries': {
    call: async () => ({
      method: 'POST',
      url: `/api/challenges/${await freshChallenge()}/entries`,
      payload: { artworkId: fixture.artworkId },
    }),
    expected: only(['owner'], 201),
  },
  'POST /api/challenges/{id}/votes': {
    call: () => ({
      method: 'POST',
      url: `/api/challenges/${fixture.challenge.id}/votes`,
      payload: { entryId: fixture.challenge.entryId },
    }),
    // Not for one's own entry.
    expected: { ...signedIn(200), owner: 409 },
  },
  'POST /api/challenges/{id}/hang': {
    call: () => ({ method: 'POST', url: `/api/challenges/${fixture.challenge.id}/hang` }),
    expected: only(['instructor', 'admin'], 201),
  },
  // The venue's own: its curators and admins answer requests for its spaces; its admins give staff roles.
  'GET /api/venue/requests': {
    call: () => ({ method: 'GET', url: '/api/venue/requests' }),
    expected: only(VENUE_STAFF, 200),
  },
  'POST /api/venue/exhibitions/{id}/approve': {
    call: async () => ({
      method: 'POST',
      url: `/api/venue/exhibitions/${await freshExhibitionRequest()}/approve`,
      payload: {},
    }),
    expected: only(VENUE_STAFF, 200),
  },
  'POST /api/venue/exhibitions/{id}/decline': {
    call: async () => ({
      method: 'POST',
      url: `/api/venue/exhibitions/${await freshExhibitionRequest()}/decline`,
      payload: { reason: 'The gallery is booked.' },
    }),
    expected: only(VENUE_STAFF, 200),
  },
  'POST /api/venue/exhibitions/{id}/take-down': {
    call: async () => ({
      method: 'POST',
      url: `/api/venue/exhibitions/${await freshExhibitionRequest('approved')}/take-down`,
    }),
    expected: only(VENUE_STAFF, 200),
  },
  'POST /api/venue/shows/{id}/approve': {
    call: async () => ({ method: 'POST', url: `/api/venue/shows/${await freshShowRequest()}/approve` }),
    expected: only(VENUE_STAFF, 200),
  },
  'POST /api/venue/shows/{id}/decline': {
    call: async () => ({
      method: 'POST',
      url: `/api/venue/shows/${await freshShowRequest()}/decline`,
      payload: { reason: 'The stage is closed that night.' },
    }),
    expected: only(VENUE_STAFF, 200),
  },
  'GET /api/venue/staff': {
    call: () => ({ method: 'GET', url: '/api/venue/staff' }),
    expected: only(['admin'], 200),
  },
  'POST /api/venue/staff': {
    call: async () => ({
      method: 'POST',
      url: '/api/venue/staff',
      payload: { email: (await freshAccount()).email, role: 'curator' },
    }),
    expected: only(['admin'], 200),
  },
  'DELETE /api/venue/staff/{id}/roles/{role}': {
    call: async () => ({
      method: 'DELETE',
      url: `/api/venue/staff/${(await freshAccount(['moderator'])).id}/roles/moderator`,
    }),
    expected: only(['admin'], 200),
  },
  // Moderation (moderation.spec.ts has what the routes do): the venue's moderators and admins.
  'GET /api/moderation/bans': {
    call: () => ({ method: 'GET', url: '/api/moderation/bans' }),
    expected: only(['moderator', 'admin'], 200),
  },
  'DELETE /api/moderation/bans/{id}': {
    call: async () => {
      const ban = await prisma().ban.create({
        data: { subject: `guest:${randomUUID()}`, name: 'Troll', bannedBy: 'user:test' },
      });
      return { method: 'DELETE', url: `/api/moderation/bans/${ban.id}` };
    },
    expected: only(['moderator', 'admin'], 204),
  },
  'GET /api/moderation/spaces': {
    call: () => ({ method: 'GET', url: '/api/moderation/spaces' }),
    expected: only(['moderator', 'admin'], 200),
  },
  'PUT /api/moderation/spaces/{slug}': {
    call: () => ({ method: 'PUT', url: '/api/moderation/spaces/lobby', payload: { membersOnly: false } }),
    expected: only(['moderator', 'admin'], 200),
  },
  // The venue's desk (venue-desk.spec.ts has what the routes do).
  'GET /api/venue/spaces': {
    call: () => ({ method: 'GET', url: '/api/venue/spaces' }),
    expected: only(VENUE_STAFF, 200),
  },
  'GET /api/venue/calendar': {
    call: () => ({
      method: 'GET',
      url: `/api/venue/calendar?from=2027-01-01T00:00:00Z&to=2027-01-08T00:00:00Z`,
    }),
    expected: only(VENUE_STAFF, 200),
  },
  'GET /api/venue/commission': {
    call: () => ({ method: 'GET', url: '/api/venue/commission' }),
    expected: only(['admin'], 200),
  },
  'PUT /api/venue/commission': {
    call: () => ({
      method: 'PUT',
      url: '/api/venue/commission',
      payload: { original: 1500, print: 1500, commission: 500, ticket: 1000, course: 3000 },
    }),
    expected: only(['admin'], 200),
  },
  'GET /api/venue/money': {
    call: () => ({ method: 'GET', url: '/api/venue/money' }),
    expected: only(['admin'], 200),
  },
  'POST /api/moderation/reports': {
    call: () => ({
      method: 'POST',
      url: '/api/moderation/reports',
      payload: { space: 'lobby', name: 'Troll', reason: 'Rude in the chat' },
    }),
    expected: everyone(201),
  },
  'GET /api/moderation/reports': {
    call: () => ({ method: 'GET', url: '/api/moderation/reports' }),
    expected: only(['moderator', 'admin'], 200),
  },
  'POST /api/moderation/reports/{id}/resolve': {
    call: async () => {
      const report = await prisma().report.create({
        data: {
          reporter: 'guest',
          reporterName: 'a guest',
          name: 'Troll',
          spaceSlug: 'lobby',
          reason: 'Rude',
        },
      });
      return {
        method: 'POST',
        url: `/api/moderation/reports/${report.id}/resolve`,
        payload: { resolution: 'Warned them' },
      };
    },
    expected: only(['moderator', 'admin'], 200),
  },
  'GET /api/moderation/log': {
    call: () => ({ method: 'GET', url: '/api/moderation/log' }),
    expected: only(['moderator', 'admin'], 200),
  },
  // Stripe's signature is this route's authentication, whoever else calls it.
  'POST /api/stripe/webhook': {
    call: () => ({
      method: 'POST',
      url: '/api/stripe/webhook',
      payload: { id: 'evt_forged', type: 'charge.refunded' },
    }),
    expected: everyone(400),
  },
};

/** A new person of the same kind as `caller`. */
function standIn(caller: Exclude<Caller, 'guest'>): Promise<Person> {
  const roles = {
    instructor: ['instructor'],
    otherInstructor: ['instructor'],
    moderator: ['moderator'],
    curator: ['curator'],
    admin: ['admin'],
  } as const;
  return makePerson(api.app, `Stand-in ${caller}`, {
    artist: caller === 'owner' || caller === 'otherArtist',
    roles: caller in roles ? [...roles[caller as keyof typeof roles]] : [],
  });
}

beforeAll(async () => {
  const people = {
    member: await makePerson(api.app, 'Member'),
    buyer: await makePerson(api.app, 'Buyer'),
    owner: await makePerson(api.app, 'Owner', { artist: true }),
    otherArtist: await makePerson(api.app, 'Other artist', { artist: true }),
    instructor: await makePerson(api.app, 'Instructor', { roles: ['instructor'] }),
    otherInstructor: await makePerson(api.app, 'Other instructor', { roles: ['instructor'] }),
    moderator: await makePerson(api.app, 'Moderator', { roles: ['moderator'] }),
    curator: await makePerson(api.app, 'Curator', { roles: ['curator'] }),
    admin: await makePerson(api.app, 'Admin', { roles: ['admin'] }),
  };
  const mediaId = await uploadSample(api.app, people.owner.headers);
  const artworkId = await makeArtwork(api.app, people.owner, 'Owned');
  const as = (who: Person, method: 'POST', url: string, payload: object) =>
    api.app.inject({ method, url, payload, headers: who.headers });
  const listing = await as(people.owner, 'POST', '/api/listings', {
    kind: 'print',
    artworkId,
    edition: 1000,
    priceMinor: 0,
    currency: 'usd',
  });
  const order = await as(people.buyer, 'POST', '/api/orders', { listingId: listing.json().id });
  const show = await as(people.owner, 'POST', '/api/shows', {
    space: 'main-stage',
    title: 'Owned show',
    startsAt: nextShowStart(),
    durationMinutes: 60,
    capacity: 20,
    priceMinor: 0,
    currency: 'usd',
  });
  await approveShow(api.app, show.json<{ id: string }>().id);
  const asJson = async (who: Person, method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await api.app.inject({ method, url, payload, headers: who.headers });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json<Record<string, unknown>>();
  };
  const teacher = people.instructor;
  const course = await asJson(teacher, 'POST', '/api/courses', {
    title: 'Owned course',
    discipline: 'painting',
    level: 'beginner',
  });
  const courseId = String(course['id']);
  const withModule = await asJson(teacher, 'POST', `/api/courses/${courseId}/modules`, { title: 'Basics' });
  const moduleId = (withModule['modules'] as { id: string }[])[0]?.id ?? '';
  await asJson(teacher, 'POST', `/api/modules/${moduleId}/lessons`, {
    kind: 'text',
    title: 'Read',
    body: 'Hi.',
  });
  const full = await asJson(teacher, 'POST', `/api/modules/${moduleId}/lessons`, {
    kind: 'exercise',
    title: 'Draw',
    body: 'Draw a cup.',
  });
  const [textLesson, exercise] = (full['modules'] as { lessons: { id: string }[] }[])[0]?.lessons ?? [];
  const published = await asJson(teacher, 'POST', `/api/courses/${courseId}/publish`, {
    priceMinor: 0,
    currency: 'usd',
  });
  await asJson(people.buyer, 'POST', '/api/orders', { listingId: published['listingId'] });
  const submission = await asJson(people.buyer, 'POST', `/api/lessons/${exercise?.id ?? ''}/submissions`, {
    kind: 'link',
    url: 'https://example.org/cup',
  });
  const certified = await makePerson(api.app, 'Certified early');
  const certificateCode = 'PSC-0000-0000-0001';
  await prisma().enrollment.create({
    data: { courseId, userId: certified.id, certificate: { create: { code: certificateCode } } },
  });
  await prisma().mentor.create({
    data: {
      userId: people.otherArtist.id,
      disciplines: ['painting'],
      levels: ['beginner'],
      hoursPerWeek: 40,
    },
  });
  const challenge = await asJson(teacher, 'POST', '/api/challenges', {
    space: 'main-gallery',
    title: 'Cups',
    brief: 'Draw a cup.',
    deadline: inDays(7),
  });
  const entered = await asJson(people.owner, 'POST', `/api/challenges/${String(challenge['id'])}/entries`, {
    artworkId,
  });
  const entryId = (entered['entries'] as { id: string }[])[0]?.id ?? '';
  fixture = {
    course: {
      id: courseId,
      moduleId,
      textId: textLesson?.id ?? '',
      exerciseId: exercise?.id ?? '',
      submissionId: String(submission['id']),
    },
    certificateCode,
    challenge: { id: String(challenge['id']), entryId },
    people,
    mediaId,
    artworkId,
    listingId: listing.json().id,
    orderId: order.json().id,
    showId: show.json().id,
  };
});

describe('the authorization matrix', () => {
  it('covers every route the API documents (and so every route it serves)', () => {
    const documented = documentedRoutes(api.app)
      .map((route) => `${route.method.toUpperCase()} ${route.path}`)
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(documented);
  });

  for (const [route, { call, expected, standIns }] of Object.entries(MATRIX)) {
    it(route, async () => {
      const answers: Partial<Record<Caller, number>> = {};
      for (const caller of CALLERS) {
        const request = await call();
        const person = caller === 'guest' ? null : standIns ? await standIn(caller) : fixture.people[caller];
        const response = await api.app.inject({
          method: request.method,
          url: request.url,
          ...(request.payload ? { payload: request.payload } : {}),
          headers: person?.headers ?? {},
        });
        answers[caller] = response.statusCode;
      }
      expect(answers).toEqual(expected);
    });
  }
});
