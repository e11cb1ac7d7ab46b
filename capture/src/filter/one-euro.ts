// The One-Euro filter (Casiez, Roussel and Vogel, CHI 2012): a low-pass filter whose cutoff rises with
// speed, so a still hand stays still and a fast one does not lag. One filter smooths one number.

export interface OneEuroParams {
  /** Cutoff at rest, Hz: lower removes more jitter when still. */
  minCutoff: number;
  /** How fast the cutoff rises with speed: higher lags less when moving. */
  beta: number;
  /** Cutoff for the speed estimate itself, Hz. */
  derivativeCutoff: number;
}

function smoothing(cutoff: number, dt: number): number {
  const tau = 1 / (2 * Math.PI * cutoff);
  return 1 / (1 + tau / dt);
}

export class OneEuroFilter {
  private value: number | undefined;
  private speed = 0;
  private time = 0;
  private readonly params: OneEuroParams;

  constructor(params: OneEuroParams) {
    this.params = params;
  }

  /** Filters `x` seen at `timeMs`; a time that does not move forward returns the last value. */
  filter(x: number, timeMs: number): number {
    if (this.value === undefined) {
      this.value = x;
      this.time = timeMs;
      return x;
    }
    const dt = (timeMs - this.time) / 1000;
    if (!(dt > 0)) return this.value;
    this.time = timeMs;
    const rawSpeed = (x - this.value) / dt;
    this.speed += smoothing(this.params.derivativeCutoff, dt) * (rawSpeed - this.speed);
    const cutoff = this.params.minCutoff + this.params.beta * Math.abs(this.speed);
    this.value += smoothing(cutoff, dt) * (x - this.value);
    return this.value;
  }

  reset(): void {
    this.value = undefined;
    this.speed = 0;
  }
}
