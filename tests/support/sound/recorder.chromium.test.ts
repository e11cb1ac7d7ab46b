// The recorder in Debian's Chromium, against a page with the venue's script policy, fed by the fake
// microphone (one browser at a time: a few seconds each).
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from '../browser.ts';
import { findBurstOnsets, findLag, matchSound, mixToMono, summariseOnsets } from './analysis.ts';
import { installSoundRecorder, startRecording, stopRecording, type PageRecording } from './recorder.ts';
import { SAMPLE_RATE, burstTrain, chirp, concat, renderBursts, silence, writeWav } from './signals.ts';

const dir = mkdtempSync(join(tmpdir(), 'recorder-test-'));
const bursts = burstTrain({ count: 4, firstS: 1.6, periodS: 0.3, durationS: 0.1 });
const reference = concat(
  chirp({ lengthS: 1.5, amplitude: 0.4 }),
  renderBursts(
    bursts.map((b) => ({ ...b, startS: b.startS - 1.5 })),
    { lengthS: 1.5, amplitude: 0.4 },
  ),
  silence(0.3),
);

// The venue's policy for scripts (backend/src/common/security-headers.ts): worklets from its own origin only.
const PAGE = `<!doctype html><title>sound</title><script src="/page.js"></script>`;
const SCRIPT = `
window.context = new AudioContext({ sampleRate: 48000 });
window.playMicrophone = async () => {
  const constraints = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };
  const stream = await navigator.mediaDevices.getUserMedia({ audio: constraints });
  context.createMediaStreamSource(stream).connect(context.destination);
};
window.beep = (inS) => {
  const at = context.currentTime + inS;
  const oscillator = new OscillatorNode(context, { frequency: 1000 });
  const gain = new GainNode(context);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.2);
  return { frame: Math.round(at * 48000), wallMs: Date.now() + inS * 1000 };
};`;

let server: Server;
let origin: string;
const referenceWav = join(dir, 'reference.wav');
beforeAll(async () => {
  writeWav(referenceWav, reference);
  server = createServer((request, response) => {
    response.setHeader('content-security-policy', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    const script = request.url === '/page.js';
    response.setHeader('content-type', script ? 'text/javascript' : 'text/html');
    response.end(script ? SCRIPT : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the page with `wav` as the microphone, runs `act`, and records for `seconds`. */
async function record(
  wav: string,
  seconds: number,
  act: (page: Page) => Promise<void>,
): Promise<PageRecording> {
  const browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await installSoundRecorder(page);
    await page.goto(origin);
    await startRecording(page);
    await act(page);
    await page.waitForTimeout(seconds * 1000);
    const recordings = await stopRecording(page);
    expect(errors).toEqual([]);
    expect(recordings).toHaveLength(1);
    return recordings[0]!;
  } finally {
    await browser.close();
  }
}

describe('installSoundRecorder', () => {
  it("records the fake microphone's 16-bit 48 kHz WAV as the page plays it", async () => {
    // Two passes of the file (it loops), so one whole pass lies in the recording wherever it began.
    const recording = await record(referenceWav, 7, (page) => page.evaluate('playMicrophone()'));
    expect(recording.sampleRate).toBe(SAMPLE_RATE);
    const heard = mixToMono(recording.channels);
    expect(heard.length / SAMPLE_RATE).toBeGreaterThan(6.5);

    const lag = findLag(reference, heard, { minLag: 0, maxLag: heard.length - reference.length });
    expect(lag.peak).toBeGreaterThan(0.9);
    expect(matchSound(reference, heard, lag.lagSamples)).toMatchObject({ matches: true });
    const onsets = findBurstOnsets(heard, bursts, { originS: lag.lagSamples / SAMPLE_RATE, maxDelayS: 0.05 });
    const summary = summariseOnsets(onsets);
    expect(summary.missing).toEqual([]);
    expect(Math.abs(summary.maxDelayS) * 1000).toBeLessThan(1);
  });

  it('places each sample at its frame, and stamps the first with the wall-clock time it was output', async () => {
    let scheduled = { frame: 0, wallMs: 0 };
    const recording = await record(referenceWav, 1.5, async (page) => {
      scheduled = await page.evaluate<{ frame: number; wallMs: number }>('beep(0.5)');
    });
    const heard = mixToMono(recording.channels);
    const onset = heard.findIndex((x) => Math.abs(x) > 1e-4);
    // An oscillator starts at sine phase 0: its second sample is the first not zero.
    expect(recording.startFrame + onset - scheduled.frame).toBeGreaterThanOrEqual(0);
    expect(recording.startFrame + onset - scheduled.frame).toBeLessThanOrEqual(1);
    // Output comes after the page asked for it, by the context's render-ahead and output latency.
    const outputWallMs = recording.startWallMs + (onset / SAMPLE_RATE) * 1000;
    expect(outputWallMs - scheduled.wallMs).toBeGreaterThanOrEqual(0);
    expect(outputWallMs - scheduled.wallMs).toBeLessThan(150);
  });
});

describe("Chromium's fake microphone (--use-file-for-fake-audio-capture)", () => {
  it('plays 16-bit PCM (48 or 44.1 kHz, mono or stereo) and 32-bit float WAVs, and 24-bit PCM as silence', async () => {
    const variants: Record<string, string[]> = {
      'stereo-16': ['-c', '2'],
      '44k-16': ['-r', '44100'],
      'float-32': ['-e', 'floating-point', '-b', '32'],
      'pcm-24': ['-b', '24'],
    };
    // A short sweep: a whole pass of it lies in 2.5 s wherever the recording began.
    const sweep = concat(chirp({ lengthS: 1, amplitude: 0.4 }), silence(0.2));
    const sweepWav = join(dir, 'sweep.wav');
    writeWav(sweepWav, sweep);
    const heard: Record<string, boolean> = {};
    for (const [name, options] of Object.entries(variants)) {
      const wav = join(dir, `${name}.wav`);
      execFileSync('sox', [sweepWav, ...options, wav]);
      const mono = mixToMono((await record(wav, 2.5, (page) => page.evaluate('playMicrophone()'))).channels);
      heard[name] = findLag(sweep, mono, { minLag: 0, maxLag: mono.length - sweep.length }).peak > 0.8;
    }
    expect(heard).toEqual({ 'stereo-16': true, '44k-16': true, 'float-32': true, 'pcm-24': false });
  });
});
