// `npm start` on embedded defaults: Ctrl-C stops everything, the embedded Postgres included, and the next
// start keeps the data (no second seeding, same ids). The demo's accounts (README, "Try it") sign in.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startProduct } from '../support/product.ts';

async function spaceIds(url: string): Promise<string[]> {
  const response = await fetch(new URL('/api/spaces', url));
  expect(response.status).toBe(200);
  return ((await response.json()) as Array<{ id: string }>).map((space) => space.id);
}

describe('starting and stopping the product on its embedded database', () => {
  it('stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-lifecycle-'));
    await chmod(dataDir, 0o755); // as root, Postgres runs as the postgres user, who must reach it
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, REDIS_URL: '' };

    const first = await startProduct(env);
    expect(first.output()).toContain('seeded the demo venue');
    expect(first.output()).toContain('seeded the demo accounts');
    for (const role of ['artist', 'instructor', 'admin']) {
      const signIn = await fetch(new URL('/api/auth/sign-in', first.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${role}@demo.prostudio.example`, password: 'try the venue' }),
      });
      expect(signIn.status, `${role}: ${await signIn.clone().text()}`).toBe(200);
    }
    const ids = await spaceIds(first.url);
    expect(ids).toHaveLength(4);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    expect(await first.stop()).toBe(0);
    // Postgres removes its pid file only when it has shut down.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startProduct(env);
    try {
      expect(second.output()).not.toContain('seeded');
      expect(second.output()).not.toContain('applied migrations');
      expect(await spaceIds(second.url)).toEqual(ids);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
