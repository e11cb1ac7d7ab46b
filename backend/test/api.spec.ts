import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/api.ts';
import { spaceDetailSchema, spaceSummarySchema } from '../src/contract.ts';
import { prepareDatabase } from '../src/database/database.ts';
import { readCatalogue, seedDemoVenue } from '../src/database/seed.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

const ARTWORKS_DIR = fileURLToPath(new URL('../../assets/artworks', import.meta.url));
let database: TestDatabase;
let app: NestFastifyApplication;

beforeAll(async () => {
  database = await createTestDatabase();
  const first = await prepareDatabase(database.url, ARTWORKS_DIR);
  expect(first.seeded).toBe(true);
  app = await createApi({ databaseUrl: database.url, artworksDir: ARTWORKS_DIR });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('seeding the demo venue', () => {
  it('seeds once: a second start, or two at once, leaves the venue as it was', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const results = await Promise.all([
        seedDemoVenue(prisma, ARTWORKS_DIR),
        seedDemoVenue(prisma, ARTWORKS_DIR),
        prepareDatabase(database.url, ARTWORKS_DIR).then((result) => result.seeded),
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
    const response = await app.inject({ method: 'GET', url: '/api/spaces' });
    expect(response.statusCode).toBe(200);
    const spaces = spaceSummarySchema.array().parse(response.json());
    expect(spaces.map((space) => space.kind)).toEqual(['lobby', 'gallery', 'stage', 'classroom']);
  });
});

describe('GET /api/spaces/:slug', () => {
  it('gives the gallery with its exhibition, at least six works in hanging order, with labels and real sizes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/spaces/main-gallery' });
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
      (await app.inject({ method: 'GET', url: '/api/spaces/main-gallery' })).json(),
    );
    for (const work of space.exhibition?.works ?? []) {
      const image = await app.inject({ method: 'GET', url: work.imageUrl });
      expect(image.statusCode, work.imageUrl).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('answers a space that does not exist with a 404 that names it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/spaces/no-such-room' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ message: 'There is no space called "no-such-room".' });
  });

  it('refuses a malformed slug with a 400 naming the field, before any query', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/spaces/${encodeURIComponent("x' OR 1=1")}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^slug: /);
  });
});

describe('GET /api/health', () => {
  it('reports the database as reachable', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('never leaks a stack trace on unknown routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
