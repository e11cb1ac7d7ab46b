// An ADSR envelope for a note whose length is known when it is scheduled, as the points of linear ramps.
// Knowing the note's end up front, the level at its release is computed here, so the envelope needs no
// cancelAndHoldAtTime (which not every browser has) and gives the same samples on every render. Pure.

export interface Adsr {
  /** Seconds. */
  readonly attack: number;
  readonly decay: number;
  /** 0–1, of the peak. */
  readonly sustain: number;
  readonly release: number;
}

export interface EnvelopePoint {
  /** Seconds from the note's start. */
  readonly time: number;
  readonly value: number;
}

/** The envelope of a note held `duration` seconds at `peak`: points to ramp through, linearly, from 0. */
export function envelopePoints(adsr: Adsr, duration: number, peak: number): EnvelopePoint[] {
  const attack = Math.max(0.001, adsr.attack);
  const decay = Math.max(0.001, adsr.decay);
  const release = Math.max(0.005, adsr.release);
  const sustain = Math.min(1, Math.max(0, adsr.sustain)) * peak;
  const held = Math.max(0, duration);
  const points: EnvelopePoint[] = [{ time: 0, value: 0 }];
  let releaseFrom: number;
  if (held <= attack) {
    // Let go while rising: from where the attack had got to.
    releaseFrom = peak * (held / attack);
    points.push({ time: held, value: releaseFrom });
  } else if (held <= attack + decay) {
    releaseFrom = peak + (sustain - peak) * ((held - attack) / decay);
    points.push({ time: attack, value: peak }, { time: held, value: releaseFrom });
  } else {
    releaseFrom = sustain;
    points.push(
      { time: attack, value: peak },
      { time: attack + decay, value: sustain },
      { time: held, value: sustain },
    );
  }
  points.push({ time: held + release, value: 0 });
  // A point at the same time as the one before it (a note of no length) replaces it: no ramp of no length.
  const out: EnvelopePoint[] = [];
  for (const point of points) {
    const last = out.at(-1);
    if (last && point.time <= last.time) out[out.length - 1] = { time: last.time, value: point.value };
    else out.push(point);
  }
  return out;
}

/** How long a note of `duration` sounds, release included (when its nodes may stop). */
export function soundingFor(adsr: Pick<Adsr, 'release'>, duration: number): number {
  return Math.max(0, duration) + Math.max(0.005, adsr.release);
}
