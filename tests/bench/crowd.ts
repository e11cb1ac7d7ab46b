// What a crowd costs the visitor's browser: draw calls and CPU time per frame in headless Chromium, with 0,
// 100 and 499 other people in view (a gallery holds 500), in one run, so the ratios hold on a noisy machine.
// The others are real clients of the real product, walking to their places in front of the visitor.
//
//   npm run build && node tests/bench/crowd.ts          # SAMPLE_SECONDS=5
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { createTestDatabase } from '@prostudio/backend/testing';
import { LAYOUTS, MESSAGE } from '@prostudio/protocol';
import { launchChromium } from '../support/browser.ts';
import { startProduct } from '../support/product.ts';

const SAMPLE_SECONDS = Number(process.env.SAMPLE_SECONDS ?? 5);
const CROWDS = [0, 100, 499];
const SPACE = 'main-gallery';
const { bounds } = LAYOUTS.gallery;

const database = await createTestDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-bench-'));
await chmod(dataDir, 0o755);
const product = await startProduct({ DATABASE_URL: database.url, DATA_DIR: dataDir, REDIS_URL: '' });
const browser = await launchChromium();

/** Where the i-th of n people stands: a grid over the room in front of the visitor (who looks towards -z). */
function place(i: number, n: number): { x: number; z: number } {
  const columns = Math.ceil(Math.sqrt(n * 1.6));
  const rows = Math.ceil(n / columns);
  const width = bounds.maxX - bounds.minX - 1;
  const depth = 8; // from z = -5 to z = 3
  return {
    x: bounds.minX + 0.5 + (width * ((i % columns) + 0.5)) / columns,
    z: -5 + (depth * (Math.floor(i / columns) + 0.5)) / rows,
  };
}

const bots: Array<{ room: Room; target: { x: number; z: number }; at: { x: number; z: number } }> = [];

async function addBot(index: number): Promise<void> {
  const response = await fetch(new URL('/api/world/join-token', product.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ space: SPACE, name: `Guest ${index}` }),
  });
  const { token } = (await response.json()) as { token: string };
  const room = await new Client(product.url).joinOrCreate('gallery', { space: SPACE, token });
  bots.push({ room, target: { x: 0, z: 0 }, at: { ...LAYOUTS.gallery.spawn } });
}

/** Walks every bot to its place (within the room's speed rules); resolves when all are there. */
async function walkToPlaces(): Promise<void> {
  bots.forEach((bot, i) => (bot.target = place(i, bots.length)));
  const STEP = 0.3; // metres per 100 ms: 3 m/s
  for (;;) {
    let moving = 0;
    for (const bot of bots) {
      const dx = bot.target.x - bot.at.x;
      const dz = bot.target.z - bot.at.z;
      const distance = Math.hypot(dx, dz);
      if (distance < 0.01) continue;
      moving++;
      const k = Math.min(1, STEP / distance);
      bot.at = { x: bot.at.x + dx * k, z: bot.at.z + dz * k };
      // Facing the visitor (yaw 0 looks towards -z; they look back, towards +z).
      bot.room.send(MESSAGE.move, { x: bot.at.x, z: bot.at.z, yaw: Math.PI });
    }
    if (moving === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${product.url}?stats#${SPACE}`);
await page.getByLabel('Your name').fill('Visitor');
await page.getByRole('button', { name: 'Enter the venue' }).click();
await page.locator(`main[data-space="${SPACE}"]`).waitFor({ timeout: 60_000 });

interface Sample {
  readonly calls: number;
  readonly triangles: number;
  readonly cpuMs: number;
  readonly updateMs: number;
  readonly renderMs: number;
  readonly fps: number;
}

async function sample(): Promise<Sample> {
  const samples: Sample[] = [];
  const end = Date.now() + SAMPLE_SECONDS * 1000;
  while (Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stats = page.getByTestId('frame-stats');
    const read = async (name: string) => Number(await stats.getAttribute(`data-${name}`));
    samples.push({
      calls: await read('calls'),
      triangles: await read('triangles'),
      cpuMs: await read('cpu-ms'),
      updateMs: await read('update-ms'),
      renderMs: await read('render-ms'),
      fps: await read('fps'),
    });
  }
  const mean = (pick: (s: Sample) => number) => samples.reduce((sum, s) => sum + pick(s), 0) / samples.length;
  return {
    calls: Math.max(...samples.map((s) => s.calls)),
    triangles: Math.max(...samples.map((s) => s.triangles)),
    cpuMs: mean((s) => s.cpuMs),
    updateMs: mean((s) => s.updateMs),
    renderMs: mean((s) => s.renderMs),
    fps: mean((s) => s.fps),
  };
}

/** How many other people the visitor's page knows are here (the list itself shows the first 50). */
const others = async () => Number(await page.getByTestId('people-count').textContent()) - 1;

const results: Array<{ people: number; seen: number } & Sample> = [];
for (const crowd of CROWDS) {
  while (bots.length < crowd) await addBot(bots.length);
  await walkToPlaces();
  const deadline = Date.now() + 60_000;
  while ((await others()) < crowd && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let everyone ease into place
  const seen = await others();
  results.push({ people: crowd, seen, ...(await sample()) });
}

const base = results[0];
const ratio = (value: number, of: number | undefined) => (of ? value / of : 0).toFixed(2);
console.log(
  '| people in view | draw calls | triangles | CPU per frame | of which updates | of which render | fps | calls vs none | CPU vs none |',
);
console.log('| -: | -: | -: | -: | -: | -: | -: | -: | -: |');
for (const row of results) {
  console.log(
    `| ${row.people} (${row.seen} here) | ${row.calls} | ${row.triangles} | ${row.cpuMs.toFixed(2)} ms | ${row.updateMs.toFixed(2)} ms | ${row.renderMs.toFixed(2)} ms | ${row.fps.toFixed(1)} | ${ratio(row.calls, base?.calls)} | ${ratio(row.cpuMs, base?.cpuMs)} |`,
  );
}

await Promise.all(bots.map((bot) => bot.room.leave().catch(() => undefined)));
await browser.close();
await product.stop();
await database.drop();
