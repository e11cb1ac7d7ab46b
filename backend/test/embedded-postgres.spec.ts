// The embedded Postgres `npm start` runs on: a process using it ends cleanly, and takes it down with it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.ts';

const SCRIPT = fileURLToPath(new URL('./support/embedded-run.ts', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'prostudio-embedded-'));
  await chmod(dir, 0o755); // Postgres runs as its own user when we are root
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(how: 'stop' | 'exit'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, dir, how], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the embedded database', () => {
  it('lets a process that stopped it end on its own, with code 0', async () => {
    const { code, stderr } = await run('stop');
    expect(stderr).not.toContain('done is not a function');
    expect(code).toBe(0);
  }, 60_000);

  it('is told to stop when its process exits with it still running', async () => {
    const { code } = await run('exit');
    expect(code).toBe(0);
    // Postgres removes its pid file once it has shut down.
    const pidFile = path.join(dir, 'postgres', 'postmaster.pid');
    await expect.poll(() => existsSync(pidFile), { timeout: 20_000 }).toBe(false);
  }, 60_000);

  it('has a password of its own, kept beside it for its owner only', async () => {
    const file = path.join(dir, 'postgres-password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const password = (await readFile(file, 'utf8')).trim();
    expect(password).toMatch(/^[\w-]{32}$/);
    // A second folder gets another.
    const other = await mkdtemp(path.join(tmpdir(), 'prostudio-embedded-'));
    await chmod(other, 0o755);
    try {
      const database = await startEmbeddedPostgres(other);
      await database.stop();
      expect((await readFile(path.join(other, 'postgres-password'), 'utf8')).trim()).not.toBe(password);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives a cluster made with the old shared password one of its own', async () => {
    const first = await startEmbeddedPostgres(dir);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query(`ALTER ROLE prostudio PASSWORD 'prostudio-embedded'`); // as every install once had
    await client.end();
    await first.stop();
    await rm(path.join(dir, 'postgres-password'));

    const again = await startEmbeddedPostgres(dir);
    try {
      const password = (await readFile(path.join(dir, 'postgres-password'), 'utf8')).trim();
      expect(password).not.toBe('prostudio-embedded');
      expect(decodeURIComponent(new URL(again.url).password)).toBe(password);
      const legacy = new pg.Client({ connectionString: again.url.replace(password, 'prostudio-embedded') });
      await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('as root, says in one line what to do when its user cannot enter the data folder', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'prostudio-private-'));
    await chmod(home, 0o700); // like /root
    const dataDir = path.join(home, 'clone', '.data');
    await mkdir(dataDir, { recursive: true });
    try {
      if (process.getuid?.() === 0) {
        const started = startEmbeddedPostgres(dataDir);
        await expect(started).rejects.toThrow(
          `as root, the embedded PostgreSQL runs as the user "postgres", who cannot enter ${home} (on the way to DATA_DIR)`,
        );
        await expect(started).rejects.not.toThrow(/\n/);
      } else {
        // Not root: Postgres runs as us, and we may enter our own private folders.
        const database = await startEmbeddedPostgres(dataDir);
        await database.stop();
      }
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }, 60_000);
});
