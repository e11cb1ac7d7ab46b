// `npm start`: the whole product in one process on one port. The database (embedded unless DATABASE_URL
// is set), then the world server and the API behind one front door. Ctrl-C stops it all cleanly.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  banRecorder,
  classroomSongStore,
  createApi,
  openDatabase,
  prepareDatabase,
  visitRecorder,
} from '@prostudio/backend';
import type { RoomBan, RoomVisit } from '@prostudio/protocol';
import { startWorldServer } from '@prostudio/world-server';
import { loadConfig } from './config.ts';
import { createFrontDoor } from './front-door.ts';

const log = (line: string): void => console.log(`[prostudio] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  log(
    config.databaseUrl
      ? 'using the database in DATABASE_URL'
      : `starting the embedded database in ${config.dataDir}`,
  );
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  const stops: Array<() => Promise<void>> = [() => database.stop()];
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    for (const step of stops.reverse()) {
      await step().catch((error: unknown) => log(`while stopping: ${String(error)}`));
    }
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const { migrations, seeded, demoSeeded, venueAdmin } = await prepareDatabase(
    database.url,
    config.artworksDir,
    { venueAdminEmail: config.venueAdminEmail, demo: config.demo },
  );
  if (migrations.applied.length > 0) log(`applied migrations: ${migrations.applied.join(', ')}`);
  if (seeded) log('seeded the demo venue');
  if (demoSeeded) log('seeded the demo accounts (README.md, "Try it"): set DEMO=off for a venue of your own');
  if (venueAdmin === 'granted') log(`${config.venueAdminEmail ?? ''} is now the venue's admin`);
  if (venueAdmin === 'no-account') {
    log(
      `VENUE_ADMIN_EMAIL: nobody has signed up as ${config.venueAdminEmail ?? ''} yet; sign up, then restart`,
    );
  }

  if (!existsSync(path.join(config.clientDir, 'index.html'))) {
    log(
      `the world client is not built (${config.clientDir}): run \`npm run build\` (npm start does it for you)`,
    );
  }
  // The API signs join tokens and the world server checks them: one process, one secret. With several
  // processes, every one must be given the same WORLD_TOKEN_SECRET.
  const tokenSecret = config.worldTokenSecret ?? randomBytes(32).toString('base64url');
  // Access tokens last 15 minutes; with a secret made per start, a restart only makes clients refresh.
  const authSecret = config.authSecret ?? randomBytes(32).toString('base64url');
  if (!config.worldTokenSecret && config.redisUrl) {
    log(
      'WORLD_TOKEN_SECRET is not set: this process made its own, so other processes will refuse its join tokens',
    );
  }
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const publicUrl = config.publicUrl ?? `http://${shownHost}:${config.port}`;
  if (!config.stripe) log('payments are off (no STRIPE_SECRET_KEY): free items, shows and plans work');
  if (config.stripe?.apiBase)
    log(`Stripe calls go to ${config.stripe.apiBase} (STRIPE_API_BASE), not to Stripe`);
  const door = createFrontDoor();
  // The world server reports every stay in a room; the API (made next) counts workshop attendance from them.
  let recordVisit: (visit: RoomVisit) => void = () => undefined;
  let recordBan: (ban: RoomBan) => void = () => undefined;
  // Classrooms' songs are kept in the venue's database, through the API (made next).
  let songStore: ReturnType<typeof classroomSongStore> | null = null;
  const world = await startWorldServer({
    httpServer: door.worldServer,
    redisUrl: config.redisUrl,
    publicAddress: config.publicAddress,
    tokenSecret,
    stageCapacity: config.stageCapacity,
    allowedOrigins: config.corsOrigins,
    onVisit: (visit) => recordVisit(visit),
    onBan: (ban) => recordBan(ban),
    songs: {
      load: (space) => songStore?.load(space) ?? Promise.resolve(null),
      save: (space, state) => songStore?.save(space, state) ?? Promise.resolve(),
    },
  });
  stops.push(() => world.stop());
  const api = await createApi({
    databaseUrl: database.url,
    worldTokenSecret: tokenSecret,
    authSecret,
    corsOrigins: config.corsOrigins,
    artworksDir: config.artworksDir,
    mediaDir: path.join(config.dataDir, 'media'),
    clientDir: config.clientDir,
    assetDirs: config.assetDirs,
    payments: config.stripe
      ? {
          secretKey: config.stripe.secretKey,
          webhookSecret: config.stripe.webhookSecret,
          apiBase: config.stripe.apiBase,
          publicUrl,
        }
      : null,
    onBanLifted: (ban) => void world.forgive(ban),
    serverFactory: (handler) => {
      door.setApiHandler(handler);
      return door.server;
    },
  });
  recordVisit = visitRecorder(api);
  recordBan = banRecorder(api);
  songStore = classroomSongStore(api);
  stops.push(() => api.close());
  await api.listen(config.port, config.host);
  const address = door.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`ProStudio is running at http://${shownHost}:${port}/`);
}

main().catch((error: unknown) => {
  console.error(`[prostudio] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
