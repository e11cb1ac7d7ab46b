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

  it('comes within a few milliseconds of the truth, over queues it never saw', () => {
    const errors = [];
    for (let seed = 1; seed <= 200; seed++) {
      const truth = (seed * 7919) % 100_000;
      const clock = new SharedClock();
      for (const reading of readings(truth, seed, 30)) clock.add(reading);
      errors.push(Math.abs((clock.offset ?? Infinity) - truth));
    }
    errors.sort((a, b) => a - b);
    // A minute of readings (one every two seconds) on such a network: p95 within 5 ms, none past 10.
    expect(errors[189]).toBeLessThan(5);
    expect(errors.at(-1)).toBeLessThan(10);
  });

  it('leaves out readings much slower than the quickest (a page busy loading took their answers late)', () => {
    const clock = new SharedClock();
    clock.add({ sent: 0, received: 190, at: 1250 }); // answered at once, taken 180 ms late: skewed 90 ms
    clock.add({ sent: 500, received: 650, at: 1755 });
    clock.add({ sent: 1000, received: 1010, at: 1255 });
    expect(clock.offset).toBe(250);
  });

  it('is exact when the way there and back take as long', () => {
    const clock = new SharedClock();
    for (let i = 0; i < 8; i++)
      clock.add({ sent: i * 2000, received: i * 2000 + 10 + i, at: i * 2000 + 5 + i / 2 + 250 });
    expect(clock.offset).toBeCloseTo(250, 9);
    expect(clock.roundTrip).toBe(10);
  });

  it('lets old readings go, so it follows a clock that moved', () => {
    const clock = new SharedClock();
    clock.add({ sent: 0, received: 2, at: 500 }); // the best round trip there is, but a minute ago
    clock.add({ sent: 70_000, received: 70_010, at: 70_305 });
    expect(clock.offset).toBe(300);
    // Only the quickest count: a slow reading (a busy page took the answer late) changes nothing.
    clock.add({ sent: 72_000, received: 72_400, at: 72_205 });
    clock.add({ sent: 74_000, received: 74_010, at: 74_305 });
    clock.add({ sent: 76_000, received: 76_010, at: 76_305 });
    clock.add({ sent: 78_000, received: 78_010, at: 78_305 });
    clock.add({ sent: 80_000, received: 80_010, at: 80_305 });
    expect(clock.offset).toBe(300);
    expect(clock.localAt(1300)).toBe(1000);
    expect(clock.readingCount).toBe(6);
  });

  it('ignores a reading answered before it was asked', () => {
    const clock = new SharedClock();
    clock.add({ sent: 10, received: 5, at: 100 });
    expect(clock.offset).toBeNull();
  });
});
