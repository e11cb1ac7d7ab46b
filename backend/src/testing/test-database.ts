// A fresh, empty PostgreSQL database for one test file: a new database on the server in DATABASE_URL
// (CI points it at the machine's Postgres), or else an embedded cluster in a temporary folder.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres.ts';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string): Promise<TestDatabase> {
  const name = `prostudio_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function embedded(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'prostudio-test-'));
  // mkdtemp makes the folder private to us; the postgres system user must be able to enter it.
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres(dir);
  return {
    url: database.url,
    async drop() {
      await database.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database for a test file; call drop() when done. */
export function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? onServer(serverUrl) : embedded();
}
