import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../src/database/database.ts';
import { migrate, readMigrations } from '../src/database/migrator.ts';
import { actualShape, expectedShape, type Shape } from './support/schema-shape.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

const SCHEMA = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));
let database: TestDatabase;
let expected: Shape;
let actual: Shape;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate(database.url, await readMigrations(MIGRATIONS_DIR));
  [expected, actual] = await Promise.all([expectedShape(SCHEMA), actualShape(database.url)]);
});
afterAll(async () => {
  await database?.drop();
});

const sorted = (set: Set<string>) => [...set].sort();

// Each comparison lists both sides, so a failure shows exactly which column, index or key has drifted.
describe('the migrations build exactly the database that schema.prisma describes', () => {
  it('has every model field as a column of the right type, nullability and default, and no others', () => {
    expect(expected.columns.size).toBeGreaterThan(20);
    expect(sorted(actual.columns)).toEqual(sorted(expected.columns));
  });

  it('has the primary keys, unique constraints and indexes, and no others', () => {
    expect(sorted(actual.indexes)).toEqual(sorted(expected.indexes));
  });

  it('has every relation as a foreign key with its delete rule', () => {
    expect(expected.foreignKeys.size).toBeGreaterThan(0);
    expect(sorted(actual.foreignKeys)).toEqual(sorted(expected.foreignKeys));
  });

  it('has the enums with their values in order', () => {
    expect(sorted(actual.enums)).toEqual(sorted(expected.enums));
  });
});
