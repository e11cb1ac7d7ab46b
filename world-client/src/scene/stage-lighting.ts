// What each lighting preset of a stage looks like: pure numbers, so the look is tested without a GPU.

export interface StageLook {
  /** Colour of the stage lights. */
  readonly colour: string;
  /** Intensity of the lights on the stage. */
  readonly intensity: number;
  /** Spotlight cone half-angle, radians. */
  readonly angle: number;
  /** Whether the colour cycles over time (a party). */
  readonly cycles: boolean;
  /** How bright the rest of the room stays. */
  readonly houseLights: number;
}

const LOOKS: Record<string, StageLook> = {
  warm: { colour: '#ffb36b', intensity: 60, angle: 0.6, cycles: false, houseLights: 0.45 },
  cool: { colour: '#7fb2ff', intensity: 60, angle: 0.6, cycles: false, houseLights: 0.4 },
  spot: { colour: '#ffffff', intensity: 120, angle: 0.22, cycles: false, houseLights: 0.15 },
  party: { colour: '#ff4fd8', intensity: 80, angle: 0.5, cycles: true, houseLights: 0.3 },
  blackout: { colour: '#000000', intensity: 0, angle: 0.5, cycles: false, houseLights: 0.04 },
};

/** The look of a lighting preset; an unknown name looks warm. */
export function stageLook(preset: string): StageLook {
  return LOOKS[preset] ?? (LOOKS.warm as StageLook);
}

/** The party colour at `seconds`: the hue turns once every four seconds. */
export function partyHue(seconds: number): number {
  return (seconds / 4) % 1;
}
