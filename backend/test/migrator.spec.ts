import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../src/database/database.ts';
import { migrate, readMigrations, type Migration } from '../src/database/migrator.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let database: TestDatabase;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const extra = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('migrator', () => {
  it('applies every migration once and records it the way prisma migrate does', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    // Two processes starting at once: the advisory lock makes them take turns.
    const [first, second] = await Promise.all([
      migrate(database.url, migrations),
      migrate(database.url, migrations),
    ]);
    expect([...first.applied, ...second.applied]).toEqual(migrations.map((migration) => migration.name));
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const again = await migrate(database.url, migrations);
    expect(again).toEqual({ applied: [], alreadyApplied: migrations.length });
  });

  it('runs a migration with a $$ body and several statements as one script', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    const fn = extra(
      '29990101000000_function',
      `CREATE FUNCTION prostudio_answer() RETURNS int AS $$ SELECT 42; $$ LANGUAGE sql;\nCREATE TABLE t_extra (id int);`,
    );
    await migrate(database.url, [...migrations, fn]);
    expect(await query<{ answer: number }>('SELECT prostudio_answer() AS answer')).toEqual([{ answer: 42 }]);
  });

  it('refuses a migration edited after it was applied, naming it', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    const edited = migrations.map((migration, index) =>
      index === 0 ? extra(migration.name, `${migration.sql}\n-- edited`) : migration,
    );
    await expect(migrate(database.url, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it('rolls back a failing migration completely and says which one failed', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    const broken = extra(
      '29990102000000_broken',
      'CREATE TABLE t_half (id int);\nSELECT * FROM no_such_table;',
    );
    await expect(migrate(database.url, [...migrations, broken])).rejects.toThrow(
      /29990102000000_broken failed/,
    );
    expect(await query("SELECT to_regclass('t_half') AS t")).toEqual([{ t: null }]);
    expect(
      await query("SELECT 1 FROM _prisma_migrations WHERE migration_name = '29990102000000_broken'"),
    ).toEqual([]);
  });
});
