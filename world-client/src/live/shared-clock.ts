// The venue's shared clock, as this page estimates it: the room answers each reading asked for with its
// wall-clock time, and a reading's round trip bounds its error (the answer was read somewhere between sending
// and receiving). The readings with the shortest round trips of the last minute set the offset, as NTP's
// clock filter does: queueing (in the network, or a busy page handling the answer late) only ever delays,
// so the quickest trips are the least skewed. The mean of the few nearly as quick as the quickest is steadier
// than the quickest alone (a simulated network with ±10 ms of jitter each way: p95 error 2.4 ms against 3.0);
// a slower one would only add its skew (a page busy loading takes answers 100 ms late). Pure.

/** One reading: asked at `sent`, answered at `received` (this page's clock, ms), the room's time `at`. */
export interface ClockReading {
  readonly sent: number;
  readonly received: number;
  readonly at: number;
}

/** Readings older than this (ms of this page's clock) no longer count: clocks drift apart slowly. */
const KEPT_MS = 60_000;
/** The offset is the mean of at most this many readings, the quickest, */
const QUICKEST = 5;
/** ... each no slower than the quickest by more than this (ms), or this share of it. */
const NEARLY_MS = 2;
const NEARLY_SHARE = 0.25;

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

  /** The quickest readings kept, quickest first: those nearly as quick as the quickest. */
  private quickest(): ClockReading[] {
    const trip = (reading: ClockReading) => reading.received - reading.sent;
    const sorted = [...this.readings].sort((a, b) => trip(a) - trip(b)).slice(0, QUICKEST);
    const fastest = sorted[0] ? trip(sorted[0]) : 0;
    const limit = fastest + Math.max(NEARLY_MS, NEARLY_SHARE * fastest);
    return sorted.filter((reading) => trip(reading) <= limit);
  }

  /** The shared clock less this page's (ms), or null before the first reading. */
  get offset(): number | null {
    const quickest = this.quickest();
    if (quickest.length === 0) return null;
    const sum = quickest.reduce((total, r) => total + r.at - (r.sent + r.received) / 2, 0);
    return sum / quickest.length;
  }

  /** The quickest round trip kept (ms): the offset is off by about half of it at most. */
  get roundTrip(): number | null {
    const [quickest] = this.quickest();
    return quickest ? quickest.received - quickest.sent : null;
  }

  /** The shared time at this page's `local` time, or null before the first reading. */
  sharedAt(local: number): number | null {
    const offset = this.offset;
    return offset === null ? null : local + offset;
  }

  /** This page's time at shared time `shared`, or null before the first reading. */
  localAt(shared: number): number | null {
    const offset = this.offset;
    return offset === null ? null : shared - offset;
  }
}
