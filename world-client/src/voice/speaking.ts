// Who is speaking, from the sound itself (not from chat): someone starts speaking when their level rises over
// a threshold, and stops when it stays under a lower one for a moment, so a light on a name tag does not
// flicker between words.

/** Level (0..1, RMS) over which someone starts speaking, and under which they may stop. */
export const SPEAKING_ON = 0.03;
export const SPEAKING_OFF = 0.015;
/** How long the level must stay low before the light goes out, ms. */
export const SPEAKING_HOLD_MS = 400;

export class SpeakingDetector {
  private readonly quietSince = new Map<string, number>();
  private readonly on = new Set<string>();

  /** Takes everyone's level at `now` (ms); returns who is speaking. Anyone not in `levels` has stopped. */
  update(levels: ReadonlyMap<string, number>, now: number): ReadonlySet<string> {
    for (const id of this.on) if (!levels.has(id)) this.stop(id);
    for (const [id, level] of levels) {
      if (level >= SPEAKING_ON) {
        this.on.add(id);
        this.quietSince.delete(id);
      } else if (this.on.has(id) && level < SPEAKING_OFF) {
        const since = this.quietSince.get(id) ?? now;
        this.quietSince.set(id, since);
        if (now - since >= SPEAKING_HOLD_MS) this.stop(id);
      } else {
        this.quietSince.delete(id);
      }
    }
    return new Set(this.on);
  }

  private stop(id: string): void {
    this.on.delete(id);
    this.quietSince.delete(id);
  }
}
