// Which of an instrument's voices plays each note. Each voice is a monophonic synth scheduled ahead of time
// (Tone's PolySynth would defer future notes to timers, which an offline render never fires): a note takes
// a voice that is free by its start, else the one that frees up soonest (its note is cut short). Pure.

export class VoiceAllocator {
  /** When each voice's last note ends (its release included), seconds. */
  private readonly busyUntil: number[];
  /** When each voice's last note started, seconds: a voice never gets two notes at one instant. */
  private readonly lastStart: number[];

  readonly voices: number;

  constructor(voices: number) {
    this.voices = voices;
    this.busyUntil = new Array<number>(voices).fill(Number.NEGATIVE_INFINITY);
    this.lastStart = new Array<number>(voices).fill(Number.NEGATIVE_INFINITY);
  }

  /** The voice for a note from `start` until `end` (seconds), or -1 when every voice starts one then. */
  allocate(start: number, end: number): number {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let voice = 0; voice < this.voices; voice++) {
      if ((this.lastStart[voice] ?? 0) >= start) continue;
      const busy = this.busyUntil[voice] ?? 0;
      // A free voice idle longest; failing that, the busy one that frees up soonest.
      const score = busy <= start ? busy - 1e9 : busy;
      if (score < bestScore) {
        bestScore = score;
        best = voice;
      }
    }
    if (best < 0) return best;
    this.busyUntil[best] = end;
    this.lastStart[best] = start;
    return best;
  }

  /** Forgets every note (playback stopped or jumped). */
  reset(): void {
    this.busyUntil.fill(Number.NEGATIVE_INFINITY);
    this.lastStart.fill(Number.NEGATIVE_INFINITY);
  }
}
