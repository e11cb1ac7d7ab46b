// For the catalogue benchmark: the real API and a bare Fastify + Prisma server that runs the very same
// queries (the same SpacesService code), on one fresh, seeded database. Prints their URLs as JSON.
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
const spaces = new SpacesService(prisma as unknown as PrismaService);
const bare = Fastify();
bare.get('/api/spaces', () => spaces.list());
bare.get<{ Params: { slug: string } }>('/api/spaces/:slug', (request) => spaces.get(request.params.slug));
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
