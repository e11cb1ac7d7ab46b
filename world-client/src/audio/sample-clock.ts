// Tells the wall-clock time (Date.now(), ms) at which a captured sample was heard, from the audio device's
// sample count: each frame is seen a little after its last sample came in (never before), so the earliest
// sighting tells the clock, and stamps keep the device's exact 20 ms spacing, not the jitter of its callbacks.
// Pure: the sender feeds it what its capture worklet reports.

/**
 * How far the estimate may creep later per ms: the device's and the system's clocks drift apart, and on a
 * busy machine the audio clock loses time outright (render blocks missed), which must not leave every later
 * stamp early (listeners would take the sound for ever later, and drop it as too old). 20 ms a second
 * follows that within seconds, while each frame's earliest sighting pulls the estimate back.
 */
const LEAK = 0.02;

export class SampleClock {
  private offset = Infinity;
  private lastSeen = 0;

  constructor(private readonly sampleRate = 48_000) {}

  /**
   * The time sample `index` was heard, ms, knowing that sample `end` had been heard by `seenAt` (a wall
   * clock in ms), less `latency` ms the input takes to reach the audio graph.
   */
  stamp(index: number, end: number, seenAt: number, latency = 0): number {
    if (Number.isFinite(this.offset)) this.offset += LEAK * Math.max(0, seenAt - this.lastSeen);
    this.lastSeen = seenAt;
    this.offset = Math.min(this.offset, seenAt - (end * 1000) / this.sampleRate);
    return this.offset + (index * 1000) / this.sampleRate - latency;
  }
}
