// Tells the wall-clock time (Date.now(), ms) at which a captured sample was heard, from the audio device's
// sample count: each frame is seen a little after its last sample came in (never before), so the earliest
// sighting tells the clock, and stamps keep the device's exact 20 ms spacing, not the jitter of its callbacks.
// Pure: the sender feeds it what its capture worklet reports.

/**
 * The earliest sighting of the last second tells the clock. A second holds fifty frames, enough for some to
 * be seen on time however the callbacks jitter; and when a busy machine's audio device loses time outright
 * (render blocks missed, its samples dropped: the count falls behind the wall clock, by over a third on a
 * starved machine), the stamps follow within that second. Followed any slower, every later stamp would be
 * early, and listeners would take the sound for ever later and drop it as too old.
 */
const WINDOW_MS = 1000;

export class SampleClock {
  /** Recent sightings (wall clock less the samples' duration), oldest first, each later one smaller. */
  private readonly sightings: Array<{ seenAt: number; offset: number }> = [];

  constructor(private readonly sampleRate = 48_000) {}

  /**
   * The time sample `index` was heard, ms, knowing that sample `end` had been heard by `seenAt` (a wall
   * clock in ms), less `latency` ms the input takes to reach the audio graph.
   */
  stamp(index: number, end: number, seenAt: number, latency = 0): number {
    const offset = seenAt - (end * 1000) / this.sampleRate;
    // A sliding minimum: a sighting no earlier than this one can never be the window's earliest again.
    while ((this.sightings.at(-1)?.offset ?? -Infinity) >= offset) this.sightings.pop();
    this.sightings.push({ seenAt, offset });
    while ((this.sightings[0]?.seenAt ?? seenAt) < seenAt - WINDOW_MS) this.sightings.shift();
    const earliest = this.sightings[0]?.offset ?? offset;
    return earliest + (index * 1000) / this.sampleRate - latency;
  }
}
