import { describe, expect, it } from 'vitest';
import { FRAME_MS, PlayoutBuffer } from './playout-buffer.ts';

const RATE = 48_000;
const FRAME = 960;
const BLOCK = 128;
const TONE = 440;
const AMPLITUDE = 0.5;
/** The largest step between two samples of the tone itself. */
const TONE_STEP = (AMPLITUDE * 2 * Math.PI * TONE) / RATE;

/** Frame `n` of a continuous tone, as a sender would make it. */
function toneFrame(n: number): Float32Array {
  const samples = new Float32Array(FRAME);
  for (let i = 0; i < FRAME; i++)
    samples[i] = AMPLITUDE * Math.sin((2 * Math.PI * TONE * (n * FRAME + i)) / RATE);
  return samples;
}

interface Run {
  output: Float32Array;
  /** Playout delay (beyond the fastest trip) at the end of each block, and when that was (ms from start). */
  delays: Array<{ at: number; delay: number }>;
  /** The target delay at the end of each block. */
  targets: Array<{ at: number; target: number }>;
  buffer: PlayoutBuffer;
}

/**
 * Sends `count` frames (sender clock: frame n heard at n * 20 ms, plus `clockOffset`) and delivers each at
 * `arrival(n)` ms (null: lost), while the listener pulls 128-sample blocks on its own clock.
 */
function simulate(
  count: number,
  arrival: (n: number) => number | null,
  options: {
    firstSequence?: number;
    clockOffset?: number;
    seconds?: number;
    pauses?: (n: number) => boolean;
    /** Played as music (held back up to 800 ms, stalls absorbed), not as a voice. */
    music?: boolean;
  } = {},
): Run {
  const buffer = new PlayoutBuffer(RATE);
  if (options.music) {
    buffer.maxTarget = 800;
    buffer.absorbStalls = true;
  }
  const deliveries = Array.from({ length: count }, (_, n) => ({ n, at: arrival(n) }))
    .filter((d): d is { n: number; at: number } => d.at !== null)
    .sort((a, b) => a.at - b.at);
  // The run ends before the stream does: a stream's end (the buffer waiting, then stopping) is another test.
  const seconds = options.seconds ?? (count * FRAME_MS - 100) / 1000;
  const blocks = Math.ceil((seconds * RATE) / BLOCK);
  const output = new Float32Array(blocks * BLOCK);
  const delays: Run['delays'] = [];
  const targets: Run['targets'] = [];
  let next = 0;
  for (let b = 0; b < blocks; b++) {
    const now = (b * BLOCK * 1000) / RATE;
    while (next < deliveries.length && (deliveries[next]?.at ?? Infinity) <= now) {
      const { n, at } = deliveries[next] as { n: number; at: number };
      const sequence = ((options.firstSequence ?? 0) + n) % 65_536;
      const time = (n * FRAME_MS + (options.clockOffset ?? 0)) >>> 0;
      const samples = options.pauses?.(n) ? new Float32Array(FRAME) : toneFrame(n);
      buffer.push({ sequence, time, channels: [samples] }, at);
      next++;
    }
    const block = new Float32Array(BLOCK);
    buffer.pull([block], now);
    output.set(block, b * BLOCK);
    if (buffer.playing) delays.push({ at: now, delay: buffer.delay(now + (BLOCK * 1000) / RATE) });
    targets.push({ at: now, target: buffer.target });
  }
  return { output, delays, targets, buffer };
}

/** The largest jump between consecutive samples: a click shows as one far above the tone's own step. */
function largestStep(samples: Float32Array): number {
  let most = 0;
  for (let i = 1; i < samples.length; i++)
    most = Math.max(most, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
  return most;
}

/** RMS of each 10 ms of `samples`: a hole in the sound shows as a low one. */
function levels(samples: Float32Array): number[] {
  const size = RATE / 100;
  const out: number[] = [];
  for (let at = 0; at + size <= samples.length; at += size) out.push(rms(samples.subarray(at, at + size)));
  return out;
}

function rms(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

/** Where the played tone starts (its first sample, sin 0, is 0; the fade-in leaves the next ones above 0). */
function onset(samples: Float32Array): number {
  return samples.findIndex((sample) => sample !== 0) - 1;
}

/** A steady trip of 30 ms with a little jitter (deterministic). */
const steady = (n: number): number => n * FRAME_MS + 30 + ((n * 7919) % 11);

describe('PlayoutBuffer', () => {
  it('plays a steady stream as the sender made it, at the smallest delay, with nothing concealed', () => {
    const { output, delays, buffer } = simulate(100, steady);
    const stats = buffer.stats(0);
    expect(stats.concealed).toBe(0);
    expect(stats.dropped).toBe(0);
    expect(stats.targetMs).toBeGreaterThanOrEqual(40);
    expect(stats.targetMs).toBeLessThan(70);
    const start = onset(output);
    // After the 2 ms fade-in, the output is the tone itself, sample for sample.
    for (let i = 200; i < 80 * FRAME; i += 37) {
      const n = Math.floor(i / FRAME);
      expect(output[start + i]).toBeCloseTo(toneFrame(n)[i % FRAME] ?? 0, 5);
    }
    expect(largestStep(output)).toBeLessThan(TONE_STEP * 1.5);
    for (const { delay } of delays.slice(0, -40)) expect(delay).toBeLessThan(80);
  });

  it('puts reordered frames back in order', () => {
    // Every fifth frame overtakes the one before it.
    const { output, buffer } = simulate(100, (n) => steady(n) + (n % 5 === 3 ? 12 : n % 5 === 4 ? -12 : 0));
    expect(buffer.stats(0).concealed).toBe(0);
    const start = onset(output);
    for (let i = 200; i < 80 * FRAME; i += 41) {
      expect(output[start + i]).toBeCloseTo(toneFrame(Math.floor(i / FRAME))[i % FRAME] ?? 0, 5);
    }
  });

  it('drops repeated and too-late frames', () => {
    const buffer = new PlayoutBuffer(RATE);
    expect(buffer.push({ sequence: 1, time: 20, channels: [toneFrame(1)] }, 30)).toBe(true);
    expect(buffer.push({ sequence: 1, time: 20, channels: [toneFrame(1)] }, 31)).toBe(false);
    const block = new Float32Array(BLOCK);
    for (let now = 30; now < 120; now += (BLOCK * 1000) / RATE) buffer.pull([block], now);
    // Frame 0's moment has passed: it is late.
    expect(buffer.push({ sequence: 0, time: 0, channels: [toneFrame(0)] }, 120)).toBe(false);
    expect(buffer.stats(120).dropped).toBe(2);
  });

  it('conceals a lost frame with sound, not a hole, and without a click', () => {
    const lost = 40;
    const { output, buffer } = simulate(100, (n) => (n === lost ? null : steady(n)));
    expect(buffer.stats(0).concealed).toBe(1);
    const start = onset(output);
    const gap = output.subarray(start + lost * FRAME, start + (lost + 1) * FRAME);
    expect(rms(gap)).toBeGreaterThan(0.5 * rms(output.subarray(start, start + 10 * FRAME)));
    expect(largestStep(output)).toBeLessThan(TONE_STEP * 3);
  });

  it('fades a long loss to silence, then resumes with a fade-in', () => {
    const { output, buffer } = simulate(100, (n) => (n >= 40 && n < 46 ? null : steady(n)));
    const start = onset(output);
    // Concealed while the buffer waits for the late frames, then it stops and starts again on the next one.
    expect(buffer.stats(0).concealed).toBeGreaterThanOrEqual(2);
    expect(rms(output.subarray(start + 43 * FRAME, start + 46 * FRAME))).toBeLessThan(1e-6);
    expect(rms(output.subarray(start + 47 * FRAME, start + 50 * FRAME))).toBeGreaterThan(0.3);
    expect(largestStep(output)).toBeLessThan(TONE_STEP * 3);
  });

  it('keeps its delay bounded through bursts of jitter', () => {
    // Trips of 30 ms, but every second of frames one 200 ms spike, and random jitter up to 60 ms.
    let seed = 7;
    const random = (): number => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) * 60;
    const { delays, buffer } = simulate(500, (n) => n * FRAME_MS + 30 + random() + (n % 50 === 25 ? 200 : 0));
    for (const { delay } of delays) expect(delay).toBeLessThan(300 + 50);
    const stats = buffer.stats(0);
    expect(stats.targetMs).toBeLessThanOrEqual(300);
    expect(stats.concealed).toBeLessThan(500 * 0.05);
  });

  it('settles on its target in the pauses of speech, from below and from above', () => {
    // Half a second of tone, half a second of silence; the network is calm, then rough for 3 s, then calm.
    let seed = 11;
    const random = (): number => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const rough = (n: number): number => n * FRAME_MS + 30 + (n >= 50 && n < 200 ? random() * 60 : 0);
    const speech = (n: number): boolean => Math.floor(n / 25) % 2 === 0;
    const { delays, buffer, targets } = simulate(1000, rough, { pauses: (n) => !speech(n) });
    const during = delays.filter(({ at }) => at > 3000 && at < 4000);
    const roughTarget = targets.find(({ at }) => at > 3000)?.target ?? 0;
    expect(roughTarget).toBeGreaterThan(80);
    // Stretched up towards the larger target in the pauses, not by losing sound.
    for (const { delay } of during) expect(delay).toBeGreaterThan(roughTarget - 35);
    expect(buffer.stats(0).concealed).toBeLessThan(10);
    // Calm again: the target shrinks, and the delay follows it down in the pauses, without a jump.
    const end = delays.at(-1)?.delay ?? Infinity;
    expect(end).toBeLessThan(buffer.target + FRAME_MS + 5);
    expect(buffer.target).toBeLessThan(roughTarget - 20);
  });

  it('catches up after a stall: the backlog is skipped, not played late', () => {
    // Frames 100..124 are held up and arrive together, 500 ms late, with the rest of the stream on time.
    const stalled = (n: number): number => (n >= 100 && n < 125 ? 125 * FRAME_MS + 30 : steady(n));
    const { delays, buffer } = simulate(300, stalled);
    const before = buffer.stats(0).targetMs;
    const burstAt = 125 * FRAME_MS + 30;
    const after = delays.filter(({ at }) => at > burstAt + 200);
    expect(after.length).toBeGreaterThan(0);
    for (const { delay } of after) expect(delay).toBeLessThan(before + 60);
    expect(buffer.stats(0).dropped).toBeGreaterThan(5);
    for (const { delay } of delays) expect(delay).toBeLessThan(300 + 50);
  });

  it("holds music back further than a voice: a loaded page's recurring 350 ms stalls play through unbroken", () => {
    // Every 1.5 s the listener's page is busy for 350 ms and the frames of that stretch arrive together.
    const stalls = (n: number): number => {
      const sent = n * FRAME_MS + 30;
      const intoCycle = sent % 1500;
      return intoCycle < 350 ? sent - intoCycle + 350 : sent;
    };
    const voice = simulate(600, stalls);
    const music = simulate(600, stalls, { music: true });
    const late = (run: Run) => run.buffer.stats(0);
    // A voice is kept near the conversation's 300 ms and loses sound each stall; music waits and loses none
    // once the buffer has seen the first stalls.
    expect(late(voice).dropped + late(voice).concealed).toBeGreaterThan(30);
    expect(late(music).targetMs).toBeGreaterThan(300);
    const settled = music.output.subarray(3 * RATE);
    expect(Math.min(...levels(settled))).toBeGreaterThan(0.3);
    for (const { delay } of music.delays) expect(delay).toBeLessThan(800 + 50);
  });

  it('goes quiet and stops when the stream ends', () => {
    const { output, buffer } = simulate(50, steady, { seconds: 1.5 });
    expect(buffer.playing).toBe(false);
    expect(rms(output.subarray(output.length - 10 * FRAME))).toBe(0);
    expect(largestStep(output)).toBeLessThan(TONE_STEP * 3);
  });

  it('plays through the sequence number wrapping at 65536', () => {
    const { buffer } = simulate(100, steady, { firstSequence: 65_500, clockOffset: 2 ** 32 - 1000 });
    const stats = buffer.stats(0);
    expect(stats.concealed).toBe(0);
    expect(stats.dropped).toBe(0);
  });

  it('starts afresh when a sender starts over with new numbers', () => {
    const buffer = new PlayoutBuffer(RATE);
    const block = new Float32Array(BLOCK);
    let now = 0;
    for (let n = 0; n < 20; n++) {
      buffer.push({ sequence: 1000 + n, time: n * 20, channels: [toneFrame(n)] }, n * 20 + 30);
      for (; now < n * 20 + 30; now += (BLOCK * 1000) / RATE) buffer.pull([block], now);
    }
    expect(buffer.playing).toBe(true);
    for (let n = 20; n < 60; n++) {
      buffer.push({ sequence: n, time: n * 20, channels: [toneFrame(n)] }, n * 20 + 30);
      for (; now < n * 20 + 30; now += (BLOCK * 1000) / RATE) buffer.pull([block], now);
    }
    expect(buffer.playing).toBe(true);
    expect(buffer.rms).toBeGreaterThan(0.2);
  });
});
