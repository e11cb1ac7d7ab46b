// The venue's shared clock, as this page estimates it: the room answers each reading asked for with its
// wall-clock time, and a reading's round trip bounds its error (the answer was read somewhere between sending
// and receiving). The reading with the shortest round trip of the last minute sets the offset, as NTP's clock
// filter does: queueing only ever delays, so the quickest trip is the least skewed. Pure.

/** One reading: asked at `sent`, answered at `received` (this page's clock, ms), the room's time `at`. */
export interface ClockReading {
  readonly sent: number;
  readonly received: number;
  readonly at: number;
}

/** Readings older than this (ms of this page's clock) no longer count: clocks drift apart slowly. */
const KEPT_MS = 60_000;

export class SharedClock {
  private readings: ClockReading[] = [];

  add(reading: ClockReading): void {
    if (!(reading.received >= reading.sent)) return;
    this.readings = this.readings.filter((kept) => kept.received > reading.received - KEPT_MS);
    this.readings.push(reading);
  }

  /** How many readings count now. */
  get readingCount(): number {
    return this.readings.length;
  }

  /** The best reading: the shortest round trip kept. */
  private best(): ClockReading | null {
    let best: ClockReading | null = null;
    for (const reading of this.readings)
      if (!best || reading.received - reading.sent < best.received - best.sent) best = reading;
    return best;
  }

  /** The shared clock less this page's (ms), or null before any reading. */
  get offset(): number | null {
    const best = this.best();
    return best ? best.at - (best.sent + best.received) / 2 : null;
  }

  /** The round trip of the reading the offset comes from (ms): the offset is off by at most half of it. */
  get roundTrip(): number | null {
    const best = this.best();
    return best ? best.received - best.sent : null;
  }

  /** The shared time at this page's `local` time, or null before any reading. */
  sharedAt(local: number): number | null {
    const offset = this.offset;
    return offset === null ? null : local + offset;
  }

  /** This page's time at shared time `shared`, or null before any reading. */
  localAt(shared: number): number | null {
    const offset = this.offset;
    return offset === null ? null : shared - offset;
  }
}
