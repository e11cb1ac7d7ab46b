import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate, readMigrations, type MigrationReport } from './migrator.ts';
import { seedDemo } from './demo.ts';
import { seedDemoVenue } from './seed.ts';
import { ensureVenueAdmin, type VenueAdminOutcome } from './venue-admin.ts';

/** The database the API uses: the one in DATABASE_URL, or an embedded one this process started. */
export interface DatabaseHandle {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/** Uses `databaseUrl` when given, else starts the embedded PostgreSQL in `dataDir`. */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  log?: (line: string) => void,
): Promise<DatabaseHandle> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres(dataDir, log);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

/**
 * Applies pending migrations, then seeds the demo venue if the database is empty; with `demo`, the demo's
 * accounts and what they can try, once (see demo.ts); with `venueAdminEmail` (VENUE_ADMIN_EMAIL), makes that
 * account the venue's admin (see venue-admin.ts).
 */
export async function prepareDatabase(
  url: string,
  artworksDir: string,
  options: { venueAdminEmail?: string | undefined; demo?: boolean } = {},
): Promise<{
  migrations: MigrationReport;
  seeded: boolean;
  demoSeeded: boolean;
  venueAdmin: VenueAdminOutcome | null;
}> {
  const migrations = await migrate(url, await readMigrations(MIGRATIONS_DIR));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const seeded = await seedDemoVenue(prisma, artworksDir);
    const demoSeeded = options.demo ? await seedDemo(prisma, artworksDir) : false;
    const venueAdmin = options.venueAdminEmail
      ? await ensureVenueAdmin(prisma, options.venueAdminEmail)
      : null;
    return { migrations, seeded, demoSeeded, venueAdmin };
  } finally {
    await prisma.$disconnect();
  }
}
