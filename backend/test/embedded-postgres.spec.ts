// The embedded Postgres `npm start` runs on: a process using it ends cleanly, and takes it down with it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
});
