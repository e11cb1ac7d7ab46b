// Both Opus encoders in Debian's Chromium, served as modules by Vite's dev server: each packet must carry the
// time its frame went in with, also after frames the sender let go (a stall). Chromium's AudioEncoder stamps
// its outputs as if the input had no gaps; taking those stamps put a talker ever further behind in every
// listener's eyes after each stall, until all their sound was let go as too old.
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openModulePage, type ModulePage } from '../../../tests/support/module-page.ts';

let client: ModulePage;

beforeAll(async () => {
  client = await openModulePage(path.resolve(import.meta.dirname, '../..'), { configFile: 'vite.config.ts' });
  await client.addScript(ENCODE_WITH_GAP);
  await client.page.waitForFunction(() => 'encodeWithGap' in window);
});

afterAll(async () => {
  await client?.close();
});

// In the page as text: the test runner rewrites import() in functions it would pass to page.evaluate.
const ENCODE_WITH_GAP = `
window.encodeWithGap = async (which) => {
  const module = which === 'webcodecs'
    ? await import('/src/audio/webcodecs-opus.ts')
    : await import('/src/audio/js-opus-encoder.ts');
  const create = which === 'webcodecs' ? module.createWebCodecsEncoder : module.createJsEncoder;
  const out = [];
  const errors = [];
  const codec = await create(
    { channels: 1, bitrate: 32000, mode: 'voice' },
    (payload, time) => out.push({ time, bytes: payload.byteLength }),
    (error) => errors.push(error.message),
  );
  if (!codec) return { given: [], out, errors: ['no encoder'] };
  const given = [];
  const start = 1700000000000;
  for (let i = 0; i < 30; i++) {
    if (i >= 10 && i < 20) continue; // let go, as after a stall
    const frame = new Float32Array(960);
    for (let n = 0; n < 960; n++) frame[n] = 0.3 * Math.sin((2 * Math.PI * 440 * (i * 960 + n)) / 48000);
    const time = start + i * 20;
    given.push(time);
    codec.encode([frame], time);
  }
  const until = Date.now() + 5000;
  while (out.length < given.length && errors.length === 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  codec.close();
  return { given, out, errors };
};`;

interface Encoded {
  given: number[];
  out: Array<{ time: number; bytes: number }>;
  errors: string[];
}

/** Encodes 30 frames of a tone, of which the 10th to 19th are never given, and returns what came out. */
function encodeWithGap(encoder: 'webcodecs' | 'javascript'): Promise<Encoded> {
  return client.page.evaluate(
    (which) => (window as unknown as { encodeWithGap(which: string): Promise<Encoded> }).encodeWithGap(which),
    encoder,
  );
}

describe.each(['webcodecs', 'javascript'] as const)('the %s Opus encoder', (encoder) => {
  it('gives one packet per 20 ms frame, each stamped with its frame’s time across a gap', async () => {
    const { given, out, errors } = await encodeWithGap(encoder);
    expect(errors).toEqual([]);
    expect(given).toHaveLength(20);
    expect(out.map((packet) => packet.time)).toEqual(given);
    for (const packet of out) expect(packet.bytes).toBeGreaterThan(0);
  });
});
