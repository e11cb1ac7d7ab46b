// Between an AudioContext's clock and the page's (performance.now(), ms), at the speakers: the context time
// whose sound leaves the speakers at a page time, and back. A live set's performer sends when beat 0 is heard
// on their page; each listener schedules it to be heard then (plus the set's delay) on theirs, whatever
// their device's output latency. Pure: the browser's output timestamp is passed in.

/** An AudioContext's reading of when its sound is heard (AudioContext.getOutputTimestamp()). */
export interface OutputStamp {
  /** Context seconds being heard at `performanceTime`. */
  readonly contextTime?: number;
  /** Page ms. */
  readonly performanceTime?: number;
}

/** The clock a context gives when it has no output timestamp yet: now, with its output latency (s). */
export interface ContextNow {
  readonly currentTime: number;
  readonly outputLatency: number;
  /** performance.now() when `currentTime` was read. */
  readonly pageNow: number;
}

/** Context seconds heard at page time `pageMs`. */
export function contextTimeAt(pageMs: number, stamp: OutputStamp, now: ContextNow): number {
  const { contextTime, performanceTime } = stamp;
  if (contextTime && performanceTime) return contextTime + (pageMs - performanceTime) / 1000;
  return now.currentTime + (pageMs - now.pageNow) / 1000 - now.outputLatency;
}

/** The page time (ms) at which context seconds `time` are heard. */
export function pageTimeOf(time: number, stamp: OutputStamp, now: ContextNow): number {
  return now.pageNow + (time - contextTimeAt(now.pageNow, stamp, now)) * 1000;
}

/** Reads `context`'s clocks now, for the two functions above. */
export function readClocks(context: AudioContext): { stamp: OutputStamp; now: ContextNow } {
  return {
    stamp: context.getOutputTimestamp(),
    now: {
      currentTime: context.currentTime,
      outputLatency: context.outputLatency || context.baseLatency || 0,
      pageNow: performance.now(),
    },
  };
}
