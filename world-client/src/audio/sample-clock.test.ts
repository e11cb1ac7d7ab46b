import { describe, expect, it } from 'vitest';
import { SampleClock } from './sample-clock.ts';

describe('SampleClock', () => {
  it('stamps frames 20 ms apart near when they were heard, whatever the callbacks jitter', () => {
    const clock = new SampleClock(48_000);
    const heardAt = 1_700_000_000_000;
    const stamps: number[] = [];
    for (let n = 0; n < 200; n++) {
      const start = n * 960;
      // Seen 0-12 ms after the frame's last sample came in.
      const seenAt = heardAt + (n + 1) * 20 + ((n * 37) % 13);
      stamps.push(clock.stamp(start, start + 960, seenAt));
    }
    const late = stamps.slice(50);
    for (let i = 1; i < late.length; i++)
      expect(Math.abs((late[i] ?? 0) - (late[i - 1] ?? 0) - 20)).toBeLessThanOrEqual(2.5);
    for (const [i, stamp] of late.entries()) {
      const truth = heardAt + (i + 50) * 20;
      expect(stamp - truth).toBeGreaterThanOrEqual(0);
      expect(stamp - truth).toBeLessThan(4);
    }
  });

  it('follows an audio clock that lost time on a busy machine, within seconds', () => {
    const clock = new SampleClock(48_000);
    const heardAt = 1_700_000_000_000;
    let samples = 0;
    let stamp = 0;
    for (let n = 0; n < 1000; n++) {
      // After 5 s the device misses 300 ms of render blocks: its sample count falls behind the wall clock.
      const wall = heardAt + (n + 1) * 20 + (n >= 250 ? 300 : 0);
      stamp = clock.stamp(samples, samples + 960, wall);
      samples += 960;
    }
    // 15 s later, the stamps are back on the wall clock (within a frame), not 300 ms early.
    const truth = heardAt + 999 * 20 + 300;
    expect(Math.abs(stamp - truth)).toBeLessThan(20);
  });

  it('keeps up with a starved audio device that keeps losing a third of its time', () => {
    const clock = new SampleClock(48_000);
    const heardAt = 1_700_000_000_000;
    let samples = 0;
    let wall = heardAt;
    const errors: number[] = [];
    for (let n = 0; n < 500; n++) {
      // From the fifth second, each 20 ms frame of samples takes 30 ms of wall time (a third is lost).
      wall += n >= 250 ? 30 : 20;
      const stamp = clock.stamp(samples, samples + 960, wall);
      samples += 960;
      // The frame's first sample was heard 20 ms (of sound) before its last was seen.
      if (n >= 300) errors.push(Math.abs(stamp - (wall - 20)));
    }
    // Stamps stay within the window's losses of the wall clock (a second lost a third: under 350 ms), rather
    // than falling behind by ten more milliseconds every frame.
    expect(Math.max(...errors)).toBeLessThan(350);
  });

  it('takes the input latency off', () => {
    const clock = new SampleClock(48_000);
    expect(clock.stamp(0, 960, 1020, 10)).toBe(990);
  });
});
