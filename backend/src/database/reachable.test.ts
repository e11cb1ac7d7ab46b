import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstClosedFolder } from './reachable.ts';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('firstClosedFolder', () => {
  it('names the first private folder on the way, and nothing when all can be entered', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'prostudio-reach-'));
    made.push(root);
    await chmod(root, 0o755);
    const open = path.join(root, 'open', 'data');
    await mkdir(open, { recursive: true });
    expect(firstClosedFolder(open)).toBeNull();
    expect(firstClosedFolder(path.join(open, 'not', 'made', 'yet'))).toBeNull();

    const home = path.join(root, 'home');
    await mkdir(path.join(home, 'clone', '.data'), { recursive: true, mode: 0o755 });
    await chmod(home, 0o700);
    expect(firstClosedFolder(path.join(home, 'clone', '.data', 'postgres'))).toBe(home);
  });
});
