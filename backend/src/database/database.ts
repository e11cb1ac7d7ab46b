import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate, readMigrations, type MigrationReport } from './migrator.ts';
import { seedDemoVenue } from './seed.ts';

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

/** Applies pending migrations, then seeds the demo venue if the database is empty. */
export async function prepareDatabase(
  url: string,
  artworksDir: string,
): Promise<{ migrations: MigrationReport; seeded: boolean }> {
  const migrations = await migrate(url, await readMigrations(MIGRATIONS_DIR));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return { migrations, seeded: await seedDemoVenue(prisma, artworksDir) };
  } finally {
    await prisma.$disconnect();
  }
}
