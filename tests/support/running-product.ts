// The product for one end-to-end test file, started as `npm start` starts it (on a free port, in a
// temporary data folder, the world server in-process), with a Chromium to visit it; both stopped after the
// file, the product by Ctrl-C, which must end it cleanly. And the few steps every visit begins with.
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@prostudio/backend/testing';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { startProduct, type RunningProduct } from './product.ts';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

/** A role an operator gives straight in the database (the product's own way is an admin on /venue). */
export type GrantedRole = 'instructor' | 'moderator' | 'curator' | 'admin';
export type GrantRole = (email: string, role: GrantedRole) => Promise<void>;

/** Gives the account with `email` a role in the database at `databaseUrl`. */
export async function grantRoleIn(databaseUrl: string, email: string, role: GrantedRole): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE users SET roles = array_append(roles, $2::"UserRole") WHERE email = $1`, [
      email,
      role,
    ]);
  } finally {
    await client.end();
  }
}

export interface ProductUnderTest {
  readonly product: RunningProduct;
  readonly browser: Browser;
  /** Gives an account a role straight in the database (needs `reachableDatabase`). */
  readonly grantRole: GrantRole;
  /** The product's database, for a test that sets up what the product has no page for (needs `reachableDatabase`). */
  readonly databaseUrl: string;
}

/**
 * With DATABASE_URL (CI) the product gets a fresh database on that server; without it, the product starts its
 * own embedded Postgres, exactly as `npm start` does, unless the test needs to reach the database itself
 * (`reachableDatabase`), when it gets one the test can reach too.
 */
export function useProductUnderTest(
  options: {
    reachableDatabase?: boolean;
    /** Extra environment; a function is called at start, after the earlier `beforeAll`s of the file. */
    env?: Record<string, string> | (() => Record<string, string>);
  } = {},
): ProductUnderTest {
  let database: TestDatabase | undefined;
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    if (process.env.DATABASE_URL || options.reachableDatabase) database = await createTestDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-e2e-'));
    await chmod(dataDir, 0o755); // as root, Postgres runs as the postgres user, who must reach it
    product = await startProduct({
      DATABASE_URL: database?.url ?? '',
      DATA_DIR: dataDir,
      REDIS_URL: '',
      // Each test sets up what it needs; the demo (on by default with the embedded database) only if asked.
      DEMO: 'off',
      ...(typeof options.env === 'function' ? options.env() : options.env),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (product) expect(await product.stop()).toBe(0);
    await database?.drop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started yet: use it inside a test.`);
    return value;
  };
  return {
    get product() {
      return started(product, 'product');
    },
    get browser() {
      return started(browser, 'browser');
    },
    grantRole: (email, role) => grantRoleIn(started(database, 'reachable database').url, email, role),
    get databaseUrl() {
      return started(database, 'reachable database').url;
    },
  };
}

/** Opens `address` (a space's link), gives the visitor's name, and waits to be inside `space`. */
export async function enterSpace(
  page: Page,
  address: string,
  name: string,
  space: string,
  timeout = 30_000,
): Promise<void> {
  await page.goto(address);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Enter the venue' }).click();
  await page.locator(`main[data-space="${space}"]`).waitFor({ timeout });
}
