// Keeps a page that fell behind from decoding sound it can no longer play: a packet later than its playout
// could wait (the mode's longest delay, plus a slack) beyond the fastest trip seen is let go undecoded, so a
// main thread that was busy for seconds catches up by skipping its backlog, not by playing it ever later.
// The same rule holds on the way out (tooOldToSend): a talker whose page stalled sends on what listeners can
// still play, not seconds of backlog in one burst (which no one could play, and which the room would rightly
// take for a flood).
import { clockDifference } from './loudness.ts';

/** How far past the longest playout delay a packet may be and still be decoded, ms. */
export const STALE_SLACK_MS = 200;
/** The fastest trip seen may creep up this much per ms (clock drift, a slower route): 10 ms a second. */
const TRIP_LEAK = 0.01;
/**
 * Stamps going back this far are the talker's clock put right, not packets reordered, ms. A talker whose audio
 * thread starved for a while stamps late (its clock follows late sightings within a second), which makes
 * trips look short; when its stamps come right again they step back, and the fastest trip is measured anew
 * instead of creeping up from the short one (at 10 ms a second, 1.5 s took minutes, every packet let go).
 */
const CLOCK_JUMP_MS = 500;

export class StaleGate {
  /** The smallest (arrival − sender time) seen, ms: the fastest trip plus the clocks' difference. */
  private fastest = Infinity;
  private lastArrival = 0;
  /** The latest sender time seen. */
  private newest: number | null = null;
  /** Packets let go as too old to play. */
  skipped = 0;

  /** Whether a packet stamped `time` (sender's clock, wrapping at 2^32) arriving at `arrivedAt` is too old. */
  tooLate(time: number, arrivedAt: number, maxDelayMs: number): boolean {
    const trip = clockDifference(arrivedAt, time);
    const since = this.newest === null ? 0 : clockDifference(time, this.newest);
    if (since <= -CLOCK_JUMP_MS) this.fastest = Infinity;
    if (since >= 0 || since <= -CLOCK_JUMP_MS) this.newest = time;
    if (Number.isFinite(this.fastest)) this.fastest += TRIP_LEAK * Math.max(0, arrivedAt - this.lastArrival);
    this.lastArrival = arrivedAt;
    this.fastest = Math.min(this.fastest, trip);
    const late = trip - this.fastest > maxDelayMs + STALE_SLACK_MS;
    if (late) this.skipped++;
    return late;
  }
}

/**
 * Whether sound captured at `capturedAt` (ms, Date.now() terms) is too old at `now` to be worth sending:
 * older than the longest playout delay a listener may hold (`maxDelayMs`), plus the slack.
 */
export function tooOldToSend(capturedAt: number, now: number, maxDelayMs: number): boolean {
  return now - capturedAt > maxDelayMs + STALE_SLACK_MS;
}
