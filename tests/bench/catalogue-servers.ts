// For the catalogue benchmark: the real API and a bare Fastify + Prisma server that runs the very same
// queries (the same services' code), on one fresh, seeded database with a marketplace of 40 listings and
// 10 shows. Prints their URLs as JSON.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import Fastify from 'fastify';
// The backend's built output: Node runs TypeScript by stripping types, and Nest's decorators are more
// than types (run `npm run build` first).
import { createApi, prepareDatabase } from '../../backend/dist/index.js';
import { PrismaClient } from '../../backend/dist/generated/prisma/client.js';
import { SpacesService } from '../../backend/dist/spaces/spaces.service.js';
import { ListingsService } from '../../backend/dist/marketplace/listings.service.js';
import { ShowsService } from '../../backend/dist/shows/shows.service.js';
import type { PayoutsService } from '../../backend/dist/payouts/payouts.service.js';
import type { PrismaService } from '../../backend/dist/database/prisma.service.js';
import { createTestDatabase } from '../../backend/dist/testing/test-database.js';

const ARTWORKS_DIR = fileURLToPath(new URL('../../assets/artworks', import.meta.url));
const MEDIA_DIR = path.join(tmpdir(), `prostudio-media-${process.pid}`);

const database = await createTestDatabase();
await prepareDatabase(database.url, ARTWORKS_DIR);

const api = await createApi({
  databaseUrl: database.url,
  worldTokenSecret: 'catalogue-bench-world-secret-0123456789ab',
  authSecret: 'catalogue-bench-auth-secret-0123456789abcd',
  artworksDir: ARTWORKS_DIR,
  mediaDir: MEDIA_DIR,
});
await api.listen(0, '127.0.0.1');

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
await seedMarketplace();
const asService = prisma as unknown as PrismaService;
const spaces = new SpacesService(asService);
// Reading the catalogue never touches payouts.
const listings = new ListingsService(asService, null as unknown as PayoutsService);
const shows = new ShowsService(asService, null as unknown as PayoutsService);
const bare = Fastify();
bare.get('/api/spaces', () => spaces.list());
bare.get<{ Params: { slug: string } }>('/api/spaces/:slug', (request) => spaces.get(request.params.slug));
bare.get('/api/listings', () => listings.list());
bare.get('/api/shows', () => shows.upcoming());
await bare.listen({ port: 0, host: '127.0.0.1' });

const address = (server: { address(): unknown }) => {
  const info = server.address() as { port: number } | string;
  return `http://127.0.0.1:${typeof info === 'string' ? info : info.port}`;
};
console.log(JSON.stringify({ api: address(api.getHttpServer()), bare: address(bare.server) }));

process.on('SIGTERM', () => {
  void Promise.all([api.close(), bare.close(), prisma.$disconnect()])
    .then(() => database.drop())
    .then(() => process.exit(0));
});

async function seedMarketplace(): Promise<void> {
  const seller = await prisma.user.create({
    data: {
      email: 'seller@example.org',
      displayName: 'Seller',
      passwordHash: 'x',
      roles: ['member', 'artist'],
    },
  });
  const works = await prisma.artwork.findMany({ select: { id: true, title: true } });
  const stage = await prisma.space.findUniqueOrThrow({ where: { slug: 'main-stage' } });
  for (let i = 0; i < 40; i++) {
    const work = works[i % works.length];
    await prisma.listing.create({
      data: {
        sellerId: seller.id,
        kind: i % 4 === 0 ? 'original' : 'print',
        title: `${work?.title ?? 'Work'} ${i}`,
        artworkId: work?.id ?? null,
        edition: i % 4 === 0 ? 1 : 50,
        priceMinor: 2500 + i * 100,
        currency: 'usd',
        feeBps: 1500,
        premium: i % 10 === 0,
      },
    });
  }
  for (let i = 0; i < 10; i++) {
    const startsAt = new Date(Date.now() + (i + 1) * 86_400_000);
    await prisma.show.create({
      data: {
        spaceId: stage.id,
        performerId: seller.id,
        title: `Show ${i}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        listing: {
          create: {
            sellerId: seller.id,
            kind: 'ticket',
            title: `Ticket ${i}`,
            edition: 200,
            priceMinor: 1500,
            currency: 'usd',
            feeBps: 1000,
          },
        },
      },
    });
  }
}
