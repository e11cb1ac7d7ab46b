// Who may call what: every route of the API x every kind of caller (a guest, members with each role, the
// owner of the thing and another artist who does not own it), asserting the exact answer. A route missing
// from the matrix fails the test, so a new route must say who may call it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '../src/database/prisma.service.ts';
import { ROUTES } from '../src/openapi/routes.ts';
import { type FakeStripe, startFakeStripe } from './support/fake-stripe.ts';
import { makeArtwork, makePerson, type Person, uploadImage } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
});
afterAll(async () => {
  await stripe.close();
});
const api = useTestApi(() => ({
  payments: {
    secretKey: stripe.secretKey,
    webhookSecret: 'whsec_matrix',
    publicUrl: 'http://venue.test',
    apiBase: stripe.apiBase,
  },
}));

const CALLERS = [
  'guest',
  'member',
  'buyer',
  'owner',
  'otherArtist',
  'instructor',
  'moderator',
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
}
let fixture: Fixture;

interface Call {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
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

async function freshListing(): Promise<string> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/listings',
    payload: { kind: 'commission', title: 'A portrait', edition: 5, priceMinor: 0, currency: 'usd' },
    headers: fixture.people.owner.headers,
  });
  return response.json<{ id: string }>().id;
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
  'POST /api/exhibitions': {
    call: () => ({
      method: 'POST',
      url: '/api/exhibitions',
      payload: { space: 'main-gallery', title: 'Mine', works: [fixture.artworkId] },
    }),
    expected: only(['owner'], 201),
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
  'GET /api/shows': { call: () => ({ method: 'GET', url: '/api/shows' }), expected: everyone(200) },
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
  'PUT /api/shows/{id}/split': {
    call: () => ({
      method: 'PUT',
      url: `/api/shows/${fixture.showId}/split`,
      payload: { platformShareBps: 1200 },
    }),
    expected: only(['admin'], 200),
  },
  'GET /api/tickets/mine': {
    call: () => ({ method: 'GET', url: '/api/tickets/mine' }),
    expected: signedIn(200),
  },
  'POST /api/payouts/onboarding': {
    call: () => ({ method: 'POST', url: '/api/payouts/onboarding' }),
    expected: only(ARTISTS, 201),
  },
  'GET /api/payouts/me': { call: () => ({ method: 'GET', url: '/api/payouts/me' }), expected: signedIn(200) },
  'GET /api/admin/reconciliation': {
    call: () => ({ method: 'GET', url: '/api/admin/reconciliation' }),
    expected: only(['admin'], 200),
  },
  'GET /api/subscriptions/me': {
    call: () => ({ method: 'GET', url: '/api/subscriptions/me' }),
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
  const roles = { instructor: ['instructor'], moderator: ['moderator'], admin: ['admin'] } as const;
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
    moderator: await makePerson(api.app, 'Moderator', { roles: ['moderator'] }),
    admin: await makePerson(api.app, 'Admin', { roles: ['admin'] }),
  };
  const mediaId = await uploadImage(api.app, people.owner.headers);
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
  fixture = {
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
    const documented = ROUTES.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort();
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
