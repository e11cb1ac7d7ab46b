import { PrismaPg } from '@prisma/adapter-pg';
import { describe, expect, it } from 'vitest';
import { verifyJoinToken } from '@prostudio/protocol/join-token';
import { joinTokenResponseSchema, spaceDetailSchema, spaceSummarySchema } from '../src/contract.ts';
import { prepareDatabase } from '../src/database/database.ts';
import { readCatalogue, seedDemoVenue } from '../src/database/seed.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { ARTWORKS_DIR, useTestApi, TEST_WORLD_SECRET } from './support/test-api.ts';

const api = useTestApi();

describe('seeding the demo venue', () => {
  it('seeds once: a second start, or two at once, leaves the venue as it was', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: api.database.url }) });
    try {
      const results = await Promise.all([
        seedDemoVenue(prisma, ARTWORKS_DIR),
        seedDemoVenue(prisma, ARTWORKS_DIR),
        prepareDatabase(api.database.url, ARTWORKS_DIR).then((result) => result.seeded),
      ]);
      expect(results).toEqual([false, false, false]);
      expect(await prisma.space.count()).toBe(4);
      expect(await prisma.artwork.count()).toBe((await readCatalogue(ARTWORKS_DIR)).length);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe('GET /api/spaces', () => {
  it('lists the venue: a lobby, a gallery, a stage and a classroom, lobby first', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/spaces' });
    expect(response.statusCode).toBe(200);
    const spaces = spaceSummarySchema.array().parse(response.json());
    expect(spaces.map((space) => space.kind)).toEqual(['lobby', 'gallery', 'stage', 'classroom']);
    // With what is on: the gallery's exhibition; nothing is planned on the stage or in the classroom yet.
    expect(spaces.map((space) => space.onNow)).toEqual([
      null,
      { kind: 'exhibition', title: 'Rules and Chance', startsAt: null, endsAt: null },
      null,
      null,
    ]);
  });
});

describe('GET /api/spaces/:slug', () => {
  it('gives the gallery with its exhibition, at least six works in hanging order, with labels and real sizes', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' });
    expect(response.statusCode).toBe(200);
    const space = spaceDetailSchema.parse(response.json());
    const works = space.exhibition?.works ?? [];
    expect(works.length).toBeGreaterThanOrEqual(6);
    expect(works.map((work) => work.position)).toEqual(works.map((_, index) => index));
    const catalogue = await readCatalogue(ARTWORKS_DIR);
    for (const work of works) {
      const entry = catalogue.find((item) => item.title === work.title);
      expect(entry, work.title).toBeDefined();
      expect(work.artist.name).toBe(entry?.artist);
      expect([work.width, work.height]).toEqual([entry?.width, entry?.height]);
    }
  });

  it('serves every hung image as a PNG', async () => {
    const space = spaceDetailSchema.parse(
      (await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' })).json(),
    );
    for (const work of space.exhibition?.works ?? []) {
      const image = await api.app.inject({ method: 'GET', url: work.imageUrl });
      expect(image.statusCode, work.imageUrl).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('answers a space that does not exist with a 404 that names it', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/spaces/no-such-room' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ message: 'There is no space called "no-such-room".' });
  });

  it('refuses a malformed slug with a 400 naming the field, before any query', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/spaces/${encodeURIComponent("x' OR 1=1")}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^slug: /);
  });
});

describe('GET /api/health', () => {
  it('reports the database as reachable', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends security headers, and no CORS permission to other origins', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/spaces',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never leaks a stack trace on unknown routes', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('POST /api/world/join-token', () => {
  const post = (payload: unknown) =>
    api.app.inject({ method: 'POST', url: '/api/world/join-token', payload: payload as object });

  it('signs a short-lived token for the space, with the cleaned name and the role of a guest there', async () => {
    for (const [space, kind, role] of [
      ['main-gallery', 'gallery', 'visitor'],
      ['main-stage', 'stage', 'audience'],
      ['studio-classroom', 'classroom', 'student'],
    ] as const) {
      const response = await post({ space, name: '  Ada \u200b Lovelace ' });
      expect(response.statusCode).toBe(201);
      const body = joinTokenResponseSchema.parse(response.json());
      expect(body).toMatchObject({ space, kind, role, name: 'Ada Lovelace' });
      const check = verifyJoinToken(body.token, TEST_WORLD_SECRET);
      if (!check.ok) throw new Error(check.reason);
      expect(check.claims).toMatchObject({ space, kind, role, name: 'Ada Lovelace', entitlement: null });
      expect(check.claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 61_000);
      expect(verifyJoinToken(body.token, 'another-secret-entirely-0123456789').ok).toBe(false);
    }
  });

  it('refuses a bad name, a bad slug or a missing body with a 400 naming the field', async () => {
    expect((await post({ space: 'main-gallery', name: ' ' })).json()).toMatchObject({
      statusCode: 400,
      message: 'name: Please choose a name.',
    });
    expect((await post({ space: 'Main Gallery', name: 'Ada' })).json().message).toMatch(/^body\.space: /);
    expect((await post({ space: 'main-gallery' })).json().message).toMatch(/^body\.name: /);
    const broken = await api.app.inject({
      method: 'POST',
      url: '/api/world/join-token',
      headers: { 'content-type': 'application/json' },
      payload: '{"space": "main-',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect((await post('not json at all')).statusCode).toBe(415);
  });

  it('answers an unknown space with a 404', async () => {
    expect((await post({ space: 'nowhere', name: 'Ada' })).statusCode).toBe(404);
  });
});
