// The API on a fresh, migrated and seeded database, for one test file (no port: tests use app.inject).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll } from 'vitest';
import { type ApiOptions, createApi } from '../../src/api.ts';
import { prepareDatabase } from '../../src/database/database.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

export const ARTWORKS_DIR = fileURLToPath(new URL('../../../assets/artworks', import.meta.url));
export const TEST_WORLD_SECRET = 'backend-tests-world-secret-0123456789abc';
export const TEST_AUTH_SECRET = 'backend-tests-auth-secret-0123456789abcd';

export interface TestApi {
  readonly app: NestFastifyApplication;
  readonly database: TestDatabase;
  stop(): Promise<void>;
}

/** Options the test may add (Stripe keys pointing at a local server, say). */
export type TestApiOptions = Pick<ApiOptions, 'payments' | 'accountLimits' | 'onBanLifted'>;

/**
 * Tests make many people, and `app.inject` calls all come from 127.0.0.1: the per-address limits are raised
 * out of their way unless a test gives its own (hardening-address-limits.spec.ts tests the real ones).
 * The limits per email and address, and per buyer, stay as they are.
 */
const ROOMY = { maxAttempts: 100_000, windowMs: 60_000 };
export const ROOMY_ACCOUNT_LIMITS: NonNullable<ApiOptions['accountLimits']> = {
  signUp: ROOMY,
  signInFailures: ROOMY,
  passwordReset: ROOMY,
  joinToken: ROOMY,
};

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  await prepareDatabase(database.url, ARTWORKS_DIR);
  const mediaDir = await mkdtemp(path.join(tmpdir(), 'prostudio-media-'));
  const app = await createApi({
    databaseUrl: database.url,
    worldTokenSecret: TEST_WORLD_SECRET,
    authSecret: TEST_AUTH_SECRET,
    artworksDir: ARTWORKS_DIR,
    mediaDir,
    accountLimits: ROOMY_ACCOUNT_LIMITS,
    ...options,
  });
  return {
    app,
    database,
    async stop() {
      await app.close();
      await database.drop();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the API before the calling test file's tests and stops it after them. `options` is read when it
 * starts, after the file's earlier hooks (which may start what the options point at).
 */
export function useTestApi(options: () => TestApiOptions = () => ({})): TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(options());
  });
  afterAll(async () => {
    await api?.stop();
  });
  const started = (): TestApi => {
    if (!api) throw new Error('The test API is not started yet: use it inside a test or a later hook.');
    return api;
  };
  return {
    get app() {
      return started().app;
    },
    get database() {
      return started().database;
    },
    stop: () => started().stop(),
  };
}
