// Mouth-to-ear delay of a voice, both ends measured on one wall clock: a talker's fake microphone plays
// tone bursts (each its own pitch, one every 0.5 s); on the talker's page an init script also feeds the
// microphone's stream into an AudioContext of its own, which the sound recorder taps, so each burst's
// capture is dated; on a listener's page beside them in a gallery the recorder dates when each burst
// leaves for the speakers. Delay per burst = played − captured. Cases, in one run: loopback; the
// listener's connection through a proxy adding 20 ms ± 10 ms each way (40 ms RTT, 20 ms jitter); and that
// plus 1 % packet loss on the listener's TCP (Chromium in a network namespace, see tests/support/netem.ts).
//
//   npm run build && node tests/bench/sound-latency.ts   # SECONDS=18 per case; LOSS=0 skips the loss case;
//                                                        # DELAY_MS=20 JITTER_MS=10 the proxy's, each way
//                                                        # SECOND_DIRECT=1 the second listener without the proxy
//                                                        # SKIP_LOOPBACK=1 the network case alone
//                                                        # FRAME_EVERY_MS=500 both pages draw 3D at most
//                                                        # this often (pages that do not stall)
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@prostudio/backend/testing';
import type { Browser, Page } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  fakeMicrophoneFlags,
  launchChromium,
  SOUND_WITHOUT_CLICK,
} from '../support/browser.ts';
import { probeNetworkEmulation, startDelayProxy, type DelayProxy } from '../support/netem.ts';
import { startProduct } from '../support/product.ts';
import { enterSpace } from '../support/running-product.ts';
import { findBurstOnsets, findLag, mixToMono } from '../support/sound/analysis.ts';
import { installSoundRecorder, startRecording, stopRecording } from '../support/sound/recorder.ts';
import { burstTrain, renderBursts, writeWav } from '../support/sound/signals.ts';
import type { VoicesDebug } from '../../world-client/src/audio/voices-debug.ts';

const SECONDS = Number(process.env.SECONDS ?? 18);
const LOSS = process.env.LOSS !== '0';
// The listener's proxy: one-way delay and jitter (ms); DELAY_MS=0 JITTER_MS=0 tests the proxy itself.
const DELAY_MS = Number(process.env.DELAY_MS ?? 20);
const JITTER_MS = Number(process.env.JITTER_MS ?? 10);
const SPACE = 'main-gallery';
// 18 bursts, all of different pitches (burstTrain's 440–3,330 Hz in 170 Hz steps), 0.5 s apart: a 9 s loop.
const LOOP_S = 9;
const BURSTS = burstTrain({ count: 18, firstS: 0.25, periodS: 0.5, durationS: 0.15 });
const VIEWPORT = { width: 320, height: 240 };
// Both pages draw at most one frame this often (ms): what a machine whose pages do not stall would give.
const FRAME_EVERY_MS = Number(process.env.FRAME_EVERY_MS ?? 0);

type VoicesWindow = Window & { prostudioVoices?: VoicesDebug };
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** Before the app loads: every stream getUserMedia gives is also played by an AudioContext of its own (tapped). */
async function tapMicrophone(page: Page): Promise<void> {
  await installSoundRecorder(page);
  await page.addInitScript(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      if (stream.getAudioTracks().length > 0) {
        const context = new AudioContext();
        // The recorder taps whatever is connected to a destination; headless, nobody hears it.
        context.createMediaStreamSource(stream).connect(context.destination);
        void context.resume();
      }
      return stream;
    };
  });
}

/** Before the app loads: animation frames come at most every FRAME_EVERY_MS (when set). */
async function throttleDrawing(page: Page): Promise<void> {
  if (!FRAME_EVERY_MS) return;
  await page.addInitScript((every) => {
    const original = window.requestAnimationFrame.bind(window);
    let next = 0;
    window.requestAnimationFrame = (callback) => {
      const wait = Math.max(0, next - performance.now());
      next = Math.max(next, performance.now()) + every;
      return window.setTimeout(() => original(callback), wait);
    };
  }, FRAME_EVERY_MS);
}

/** Turns the microphone on (voice is the default mode); the small window's HUD may cover the button. */
async function micOn(page: Page): Promise<void> {
  await page.getByTestId('mic-toggle').dispatchEvent('click');
  await page.locator('[data-testid="mic-toggle"][aria-pressed="true"]').waitFor();
}

/** The recording of `page` with the most sound in it, mono, and when its first sample was made or played. */
function loudest(recordings: Awaited<ReturnType<typeof stopRecording>>) {
  const scored = recordings.map((r) => {
    const mono = mixToMono(r.channels);
    return { r, mono, energy: mono.reduce((s, x) => s + x * x, 0) };
  });
  scored.sort((a, b) => b.energy - a.energy);
  const best = scored[0];
  if (!best || best.energy < 1) throw new Error('nothing was recorded');
  return best;
}

interface CaseResult {
  label: string;
  delays: Array<number | null>;
  engineLag: number[];
  stats: unknown;
  captureLatencyMs: number;
  /** The listener's recording: RMS level (dBFS), to tell silence from sound not recognised. */
  heardDbfs: number;
}

async function measure(label: string, talker: Page, listener: Page): Promise<CaseResult> {
  const slots = async () =>
    listener.evaluate(() => (window as VoicesWindow).prostudioVoices?.talkers() ?? []);
  const until = Date.now() + 30_000;
  while ((await slots()).length === 0) {
    if (Date.now() > until) throw new Error(`${label}: the listener never heard the talker`);
    await listener.waitForTimeout(250);
  }
  const slot = (await slots())[0]!;
  await listener.waitForTimeout(3000); // playout settles on the stream's rhythm
  await startRecording(listener);
  await startRecording(talker);
  const engineLag: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const lag = await listener.evaluate(
      (s) => (window as VoicesWindow).prostudioVoices?.lag(s) ?? null,
      slot,
    );
    if (lag !== null) engineLag.push(lag);
    await listener.waitForTimeout(250);
  }
  const captured = loudest(await stopRecording(talker));
  // The last bursts captured reach the speakers: however far behind playout runs (up to 8 s).
  const tailMs = Math.min(8000, quantile(engineLag, 0.5) + 1500 || 1500);
  await listener.waitForTimeout(tailMs);
  const stats = await listener.evaluate(
    (s) => (window as VoicesWindow).prostudioVoices?.stats(s) ?? null,
    slot,
  );
  const played = loudest(await stopRecording(listener));

  // Where the loop begins in the capture, then every whole burst captured, by its pitch.
  const rate = captured.r.sampleRate;
  const loop = renderBursts(BURSTS, { lengthS: LOOP_S, sampleRate: rate });
  const at = findLag(loop, captured.mono, { minLag: 0, maxLag: captured.mono.length - loop.length });
  const lengthS = captured.mono.length / rate;
  const expected = [-1, 0, 1, 2, 3].flatMap((pass) =>
    BURSTS.map((b) => ({ ...b, startS: at.lagSamples / rate + pass * LOOP_S + b.startS })),
  );
  const inside = expected.filter((b) => b.startS > 0.05 && b.startS + b.durationS + 0.05 < lengthS);
  const onsets = findBurstOnsets(captured.mono, inside, {
    sampleRate: rate,
    maxDelayS: 0.03,
    maxEarlyS: 0.03,
  });
  // The sample the recorder saw at frame F left for the speakers at startWallMs + F/rate: less the
  // context's output latency, it was being processed, i.e. it had been captured.
  const captureStart = captured.r.startWallMs - captured.r.outputLatencyMs;
  const capturedAt = onsets.flatMap((o) =>
    o.onsetS === null ? [] : [{ burst: o.burst, wall: captureStart + o.onsetS * 1000 }],
  );
  // Each captured burst, looked for where it would be in the listener's recording with no delay.
  const prate = played.r.sampleRate;
  const heardLengthS = played.mono.length / prate;
  // A pitch comes back every 9 s: a window under that cannot take one pass's burst for another's.
  const wanted = capturedAt
    .map(({ burst, wall }) => ({ ...burst, startS: (wall - played.r.startWallMs) / 1000 }))
    .filter((b) => b.startS > 0 && b.startS < heardLengthS);
  const heard = findBurstOnsets(played.mono, wanted, {
    sampleRate: prate,
    maxDelayS: tailMs / 1000 - 0.2,
    maxEarlyS: 0.02,
  });
  return {
    label,
    delays: heard.map((o) => (o.delayS === null ? null : o.delayS * 1000)),
    engineLag,
    stats,
    captureLatencyMs: captured.r.outputLatencyMs,
    heardDbfs: 10 * Math.log10(played.energy / played.mono.length),
  };
}

/** Chromium inside a network namespace losing `lossPercent` of packets, its 127.0.0.1:port bridged to `socket`. */
async function lossyChromium(
  dir: string,
  port: number,
  socket: string,
  lossPercent: number,
): Promise<Browser> {
  const bridge = path.join(dir, 'bridge.mjs');
  await writeFile(
    bridge,
    `import net from 'node:net';
net.createServer((c) => { const u = net.connect(${JSON.stringify(socket)}); c.pipe(u); u.pipe(c);
  c.on('error', () => u.destroy()); u.on('error', () => c.destroy()); }).listen(${port}, '127.0.0.1');\n`,
  );
  const perMille = Math.round(lossPercent * 10);
  const rules = `table inet impaired { chain output { type filter hook output priority 0; numgen random mod 1000 < ${perMille} drop; }; }`;
  const wrapper = path.join(dir, 'chromium-impaired.sh');
  // Playwright talks to Chromium over inherited pipes, which exec keeps.
  await writeFile(
    wrapper,
    `#!/bin/sh
exec unshare -n sh -c 'set -e; ip link set lo up; printf "%s" "$0" | nft -f -; "$1" "$2" & sleep 0.3; shift 2; exec "$@"' \\
  '${rules}' ${process.execPath} ${bridge} ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} "$@"\n`,
  );
  await chmod(wrapper, 0o755);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: wrapper, args: [...CHROMIUM_FLAGS, ...SOUND_WITHOUT_CLICK] });
}

const database = await createTestDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-bench-'));
await chmod(dataDir, 0o755);
const product = await startProduct({ DATABASE_URL: database.url, DATA_DIR: dataDir, REDIS_URL: '' });
const productPort = Number(new URL(product.url).port);
const wav = path.join(dataDir, 'bursts.wav');
writeWav(wav, renderBursts(BURSTS, { lengthS: LOOP_S }));
const talkerBrowser = await launchChromium(fakeMicrophoneFlags(wav));
const results: CaseResult[] = [];
const skipped: string[] = [];
const closers: Array<() => Promise<unknown>> = [];

async function listenerCase(label: string, browser: Browser, origin: string, talker: Page) {
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await installSoundRecorder(page);
    await throttleDrawing(page);
    await enterSpace(page, `${origin}/#${SPACE}`, `Lis ${results.length + 1}`, SPACE);
    const result = await measure(label, talker, page);
    console.log(`${label}: the listener's websockets: ${[...new Set(sockets)].join(', ')}`);
    results.push(result);
  } finally {
    await browser.close();
  }
}

try {
  const talker = await talkerBrowser.newPage({ viewport: VIEWPORT });
  await tapMicrophone(talker);
  await throttleDrawing(talker);
  await enterSpace(talker, `${product.url}/#${SPACE}`, 'Tal', SPACE);
  await micOn(talker);

  // SKIP_LOOPBACK=1: the network case's listener is the first to join (see docs/benchmarks.md).
  if (process.env.SKIP_LOOPBACK !== '1')
    await listenerCase('loopback', await launchChromium(SOUND_WITHOUT_CLICK), product.url, talker);

  const proxy: DelayProxy = await startDelayProxy({
    targetPort: productPort,
    delayMs: DELAY_MS,
    jitterMs: JITTER_MS,
  });
  closers.push(() => proxy.close());
  // SECOND_DIRECT=1: the second listener without the proxy (is it the proxy, or being the second?).
  const proxied = process.env.SECOND_DIRECT === '1' ? product.url : `http://127.0.0.1:${proxy.port}`;
  await listenerCase(
    process.env.SECOND_DIRECT === '1'
      ? 'loopback, second listener'
      : `${2 * DELAY_MS} ms RTT, ${2 * JITTER_MS} ms jitter`,
    await launchChromium(SOUND_WITHOUT_CLICK),
    proxied,
    talker,
  );

  const probe = probeNetworkEmulation();
  if (!LOSS) skipped.push('loss: LOSS=0');
  else if (probe.namespaces !== true || probe.nftablesLoss !== true)
    skipped.push(
      `loss: no namespace or nftables (${String(probe.namespaces)}; ${String(probe.nftablesLoss)})`,
    );
  else {
    // The namespace's loopback loses 1 % of packets between Chromium and a bridge to a Unix socket (files
    // cross namespaces), which this process forwards to the delay proxy.
    const socket = path.join(dataDir, 'listener.sock');
    const unix: Server = createServer((client) => {
      const upstream = connect(proxy.port, '127.0.0.1');
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => unix.listen(socket, resolve));
    closers.push(() => new Promise((resolve) => unix.close(resolve)));
    const inside = 8080;
    const browser = await lossyChromium(dataDir, inside, socket, 1);
    await listenerCase(
      `${2 * DELAY_MS} ms RTT, ${2 * JITTER_MS} ms jitter, 1 % loss`,
      browser,
      `http://127.0.0.1:${inside}`,
      talker,
    );
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await talkerBrowser.close();
  for (const close of closers) await close();
  await product.stop();
  await database.drop();
}

console.log(
  `\nmouth-to-ear delay (talker's capture → listener's speakers), ${SECONDS} s per case, bursts every 0.5 s`,
);
console.log(
  '| case | bursts | missing | p50 | p90 | p95 | max | first 10 → last 10 (median) | engine lag (median; first → last) | playout target |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of results) {
  const found = r.delays.filter((d): d is number => d !== null);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const first = quantile(found.slice(0, 10), 0.5);
  const last = quantile(found.slice(-10), 0.5);
  const target = (r.stats as { targetMs?: number } | null)?.targetMs;
  console.log(
    `| ${r.label} | ${r.delays.length} | ${r.delays.length - found.length} | ${ms(quantile(found, 0.5))} | ` +
      `${ms(quantile(found, 0.9))} | ${ms(quantile(found, 0.95))} | ${ms(Math.max(...found))} | ` +
      `${ms(first)} → ${ms(last)} | ${ms(quantile(r.engineLag, 0.5))}; ${ms(r.engineLag[0] ?? NaN)} → ${ms(r.engineLag.at(-1) ?? NaN)} | ${target === undefined ? '?' : ms(target)} |`,
  );
}
for (const r of results)
  console.log(
    `${r.label}: stats ${JSON.stringify(r.stats)}; talker's context output latency ${r.captureLatencyMs.toFixed(1)} ms; listener's level ${r.heardDbfs.toFixed(1)} dBFS`,
  );
for (const s of skipped) console.log(`skipped ${s}`);
