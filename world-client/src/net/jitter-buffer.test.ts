import { describe, expect, it } from 'vitest';
import { JitterBuffer, type PoseSample } from './jitter-buffer.ts';
import { seededRandom as random } from '@prostudio/protocol';

const turn = (angle: number) => [0, Math.sin(angle / 2), 0, Math.cos(angle / 2)];
/** A sender walking along +x at 2 m/s and turning, sampled at 20 Hz from `start` (sender clock). */
const walk = (k: number, start = 1000): PoseSample => ({
  time: (start + k * 50) >>> 0,
  position: [k * 0.1, 0.95, 0],
  rotation: turn(k * 0.05),
  body: [...turn(k * 0.02), ...turn(-k * 0.02)],
});

describe('JitterBuffer', () => {
  it('plays a jittery 20 Hz stream back smoothly: always moving forward, on the path, at the right speed', () => {
    const buffer = new JitterBuffer();
    const next = random(5);
    // The receiver's clock is 5 s ahead; trips take 20–80 ms.
    const arrivals = Array.from({ length: 100 }, (_, k) => ({
      sample: walk(k),
      at: 6000 + k * 50 + 20 + next() * 60,
    }));
    let last = -Infinity;
    let pending = 0;
    const positions: number[] = [];
    for (let now = 6200; now < 11_000; now += 16) {
      while (pending < arrivals.length && (arrivals[pending]?.at ?? Infinity) <= now) {
        const { sample, at } = arrivals[pending++]!;
        buffer.push(sample, at);
      }
      const pose = buffer.sample(now);
      if (!pose) continue;
      expect(pose.position[0]).toBeGreaterThanOrEqual(last - 1e-9);
      last = pose.position[0];
      positions.push(pose.position[0]);
      expect(pose.position[1]).toBeCloseTo(0.95, 9);
    }
    // Steps of a 60 Hz display at 2 m/s are ~3.2 cm; no jumps of whole frames' worth of distance.
    const steps = positions.slice(60, -60).map((x, i, all) => (i > 0 ? x - (all[i - 1] ?? x) : 0.032));
    expect(Math.max(...steps)).toBeLessThan(0.05);
    expect(buffer.delay).toBeGreaterThanOrEqual(60);
    expect(buffer.delay).toBeLessThan(300);
  });

  /**
   * Plays a stream of `hz` frames a second, each trip 5 ms plus up to `jitter` ms, on a 60 Hz display;
   * returns the positions shown once the buffer has settled, and its delay then.
   */
  const play = (hz: number, jitter: number) => {
    const buffer = new JitterBuffer();
    const next = random(11);
    const gap = 1000 / hz;
    const sample = (k: number): PoseSample => ({ ...walk(k), time: Math.round(1000 + k * gap) });
    const arrivals = Array.from({ length: hz * 6 }, (_, k) => ({
      sample: sample(k),
      at: 1000 + k * gap + 5 + next() * jitter,
    }));
    let pending = 0;
    const shown: number[] = [];
    for (let now = 1000; now < 1000 + 6000; now += 1000 / 60) {
      while (pending < arrivals.length && (arrivals[pending]?.at ?? Infinity) <= now)
        buffer.push(arrivals[pending]!.sample, arrivals[pending++]!.at);
      const pose = buffer.sample(now);
      if (pose && now > 3000) shown.push(pose.position[0]);
    }
    return { shown, delay: buffer.delay };
  };
  /** How many display frames repeated the one before: playback holding, waiting for a frame. */
  const held = (shown: readonly number[]) => shown.filter((x, i) => i > 0 && x === shown[i - 1]).length;

  it('plays a steady 30 Hz capture stream only as far behind as it needs, and never holds', () => {
    const { shown, delay } = play(30, 4);
    // One frame gap (33 ms), the jitter and a margin: well under the 60 ms a fixed floor would add.
    expect(delay).toBeGreaterThan(33);
    expect(delay).toBeLessThan(55);
    expect(held(shown)).toBe(0);
  });

  it('waits for a slow sender (8 frames a second) rather than freezing between its frames', () => {
    const { shown, delay } = play(8, 4);
    expect(delay).toBeGreaterThan(125);
    expect(held(shown)).toBe(0);
  });

  it('does not take someone standing still (a frame every 500 ms) for a slow sender once they walk', () => {
    const buffer = new JitterBuffer();
    for (let k = 0; k < 20; k++) buffer.push({ ...walk(0), time: 1000 + k * 500 }, 1005 + k * 500);
    const setsOff = 1000 + 19 * 500;
    for (let k = 1; k <= 3; k++) buffer.push({ ...walk(k), time: setsOff + k * 50 }, setsOff + 5 + k * 50);
    expect(buffer.delay).toBeLessThan(80);
  });

  it('interpolates rotations half way between frames', () => {
    const buffer = new JitterBuffer();
    buffer.push(walk(0), 100);
    buffer.push(walk(10), 600);
    const pose = buffer.sample(350 + buffer.delay);
    const halfway = turn(0.25);
    for (let i = 0; i < 4; i++) expect(pose?.rotation[i]).toBeCloseTo(halfway[i] ?? NaN, 5);
    expect(pose?.position[0]).toBeCloseTo(0.5, 9);
  });

  it('holds the last pose when the sender goes quiet, and says so', () => {
    const buffer = new JitterBuffer();
    for (let k = 0; k < 5; k++) buffer.push(walk(k), 100 + k * 50);
    const held = buffer.sample(5000);
    expect(held?.position[0]).toBeCloseTo(0.4, 9);
    expect(buffer.stalled(5000)).toBe(true);
    expect(buffer.stalled(300)).toBe(false);
  });

  it('ignores frames that arrive late or twice', () => {
    const buffer = new JitterBuffer();
    buffer.push(walk(5), 400);
    buffer.push(walk(3), 410);
    buffer.push(walk(5), 420);
    expect(buffer.sample(10_000)?.position[0]).toBeCloseTo(0.5, 9);
  });

  it('follows a sender clock that wraps past 2^32', () => {
    const buffer = new JitterBuffer();
    const start = 2 ** 32 - 120;
    for (let k = 0; k < 8; k++) buffer.push(walk(k, start), 10_000 + k * 50);
    expect(buffer.sample(10_000 + 7 * 50 + buffer.delay)?.position[0]).toBeCloseTo(0.7, 6);
  });

  it("follows its sender's sound: shows the pose of the moment the sound is playing, and lets go", () => {
    const buffer = new JitterBuffer();
    // Our wall clock (as a page's Date.now(), far past 2^32 ms) is ahead of the clock given to push/sample;
    // frames carry the sender's wall clock wrapped at 2^32; trips take 25 ms.
    const wall = 1_765_000_000_000;
    const clockGap = wall - 1000;
    for (let k = 0; k < 40; k++) buffer.push(walk(k, wall % 2 ** 32), 1000 + k * 50 + 25);
    const now = 2990;
    const own = buffer.shownTime(now);
    // The sound plays what the sender heard 140 ms ago (their wall clock and ours agree).
    const lag = 140;
    buffer.follow(lag, clockGap);
    const soundTime = (now + clockGap - lag) % 2 ** 32;
    expect(buffer.shownTime(now)).toBeCloseTo(soundTime, 3);
    expect(buffer.sample(now)).not.toBeNull();
    // An absurd lag is capped; null goes back to the buffer's own pace.
    buffer.follow(10_000, clockGap);
    expect(((now + clockGap) % 2 ** 32) - (buffer.shownTime(now) ?? 0)).toBeLessThanOrEqual(1000 + 25 + 1);
    buffer.follow(null, clockGap);
    expect(buffer.shownTime(now)).toBe(own);
  });
});
