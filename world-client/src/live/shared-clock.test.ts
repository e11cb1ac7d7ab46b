import { seededRandom } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { SharedClock } from './shared-clock.ts';

/** Readings over a network whose two directions queue differently, `trueOffset` apart. */
function readings(trueOffset: number, seed: number, count: number) {
  const random = seededRandom(seed);
  const list = [];
  let now = 1000;
  for (let i = 0; i < count; i++) {
    const there = 5 + random() ** 3 * 80; // mostly quick, sometimes queued far longer
    const back = 5 + random() ** 3 * 120;
    list.push({ sent: now, at: now + there + trueOffset, received: now + there + back });
    now += 1000;
  }
  return list;
}

describe('the shared clock', () => {
  it('knows nothing before a reading', () => {
    const clock = new SharedClock();
    expect(clock.offset).toBeNull();
    expect(clock.sharedAt(5)).toBeNull();
  });

  it('comes within half the best round trip of the truth, over queues it never saw', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const truth = (seed * 7919) % 100_000;
      const clock = new SharedClock();
      for (const reading of readings(truth, seed, 12)) clock.add(reading);
      const error = Math.abs((clock.offset ?? Infinity) - truth);
      expect(error).toBeLessThanOrEqual((clock.roundTrip ?? 0) / 2);
      // Twelve readings on such a network find a quick one: within a few milliseconds.
      expect(error).toBeLessThan(8);
    }
  });

  it('lets old readings go, so it follows a clock that moved', () => {
    const clock = new SharedClock();
    clock.add({ sent: 0, received: 2, at: 500 }); // the best round trip there is, but a minute ago
    clock.add({ sent: 70_000, received: 70_010, at: 70_305 });
    expect(clock.offset).toBe(300);
    expect(clock.localAt(1300)).toBe(1000);
    expect(clock.readingCount).toBe(1);
  });

  it('ignores a reading answered before it was asked', () => {
    const clock = new SharedClock();
    clock.add({ sent: 10, received: 5, at: 100 });
    expect(clock.offset).toBeNull();
  });
});
