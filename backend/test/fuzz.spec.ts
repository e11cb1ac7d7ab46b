// Every route, fed malformed input: a clear 4xx, never a 500, never a stack trace.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentedRoutes } from '../src/openapi/routes.ts';
import { usePayingApi } from './support/paying-api.ts';
import { seededRandom as random } from '@prostudio/protocol';

// With payments on (against the local Stripe), so that every route runs its real checks.
const { api } = usePayingApi();

let authorization = '';

beforeAll(async () => {
  // Signed in as an artist, so that bodies get past authentication to validation and the rules.
  const session = await api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email: 'fuzz@example.org', password: 'a long enough password', displayName: 'Fuzz' },
  });
  authorization = `Bearer ${session.json().accessToken as string}`;
  await api.app.inject({
    method: 'PUT',
    url: '/api/artists/me',
    payload: { name: 'Fuzz' },
    headers: { authorization },
  });
});

// Every route, as the OpenAPI document lists them from the controllers of the running API (the OpenAPI test
// keeps that list equal to the server's), path parameters filled with an id that exists nowhere.
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const bodyRoutes = () =>
  documentedRoutes(api.app)
    .filter((route) => route.method !== 'get')
    .map((route) => ({
      method: route.method.toUpperCase() as 'POST' | 'PUT' | 'DELETE' | 'PATCH',
      url: route.path.replace(/\{\w+\}/g, NOWHERE),
    }));
/** GET routes cut at their first parameter, for odd path endings to be appended. */
const getRoutes = () => [
  ...new Set(
    documentedRoutes(api.app)
      .filter((route) => route.method === 'get')
      .map((route) =>
        route.path.includes('{') ? route.path.slice(0, route.path.indexOf('{')) : `${route.path}/`,
      ),
  ),
];

/** Random JSON of the kinds that break naive handlers: wrong types, odd strings, nesting, extra keys. */
function junk(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * 10);
  const strings = [
    '',
    ' ',
    'a'.repeat(5000),
    '\u0000\u202e',
    '../../etc/passwd',
    "' OR 1=1 --",
    '{"',
    '🎨'.repeat(40),
  ];
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() * 1e12 - 5e11;
    case 2:
      return strings[Math.floor(next() * strings.length)];
    case 3:
      return next() < 0.5;
    case 4:
      return depth > 3 ? [] : Array.from({ length: Math.floor(next() * 4) }, () => junk(next, depth + 1));
    default: {
      if (depth > 3) return {};
      const keys = [
        'email',
        'password',
        'displayName',
        'name',
        'space',
        'token',
        'refreshToken',
        'listingId',
        'kind',
        'artworkId',
        'edition',
        'priceMinor',
        'currency',
        'tier',
        'startsAt',
        'durationMinutes',
        'capacity',
        'platformShareBps',
        'works',
        'mediaId',
        'title',
        '__proto__',
        'constructor',
      ];
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, () => [
          keys[Math.floor(next() * keys.length)] ?? 'x',
          junk(next, depth + 1),
        ]),
      );
    }
  }
}

function expectClean(response: { statusCode: number; body: string }, what: string): void {
  expect(response.statusCode, `${what} → ${response.body.slice(0, 200)}`).toBeLessThan(500);
  expect(response.body, what).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|PrismaClient/);
}

describe('every route under malformed input', () => {
  it('answers random JSON bodies with a 4xx', async () => {
    const next = random(2026);
    for (const { method, url } of bodyRoutes()) {
      for (let i = 0; i < 40; i++) {
        const payload = JSON.stringify(junk(next));
        const response = await api.app.inject({
          method,
          url,
          payload,
          headers: { 'content-type': 'application/json', authorization },
        });
        expectClean(response, `${method} ${url} ${payload.slice(0, 80)}`);
      }
    }
  });

  it('answers broken JSON, other content types and oversized bodies with a 4xx', async () => {
    for (const { method, url } of bodyRoutes()) {
      for (const [contentType, payload] of [
        ['application/json', '{"email": '],
        ['application/json', '\u0000'],
        ['text/plain', 'hello'],
        ['application/x-www-form-urlencoded', 'email=a&password=b'],
        ['application/json', JSON.stringify({ email: 'x'.repeat(2_000_000) })],
      ] as const) {
        const response = await api.app.inject({
          method,
          url,
          payload,
          headers: { 'content-type': contentType, authorization },
        });
        expectClean(response, `${method} ${url} as ${contentType}`);
      }
    }
  });

  it('answers odd paths and headers on GET routes with a 4xx', async () => {
    for (const base of getRoutes()) {
      for (const suffix of [
        '',
        '%00',
        '..%2F..%2Fetc',
        'A'.repeat(3000),
        '%E0%A4%A',
        'main-gallery?x[]=1&x[]=2',
      ]) {
        for (const authorization of ['', 'Bearer', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==']) {
          const response = await api.app.inject({
            method: 'GET',
            url: base + suffix,
            headers: authorization ? { authorization } : {},
          });
          expectClean(response, `GET ${base}${suffix.slice(0, 40)} (${authorization})`);
        }
      }
    }
  });
});
