// Smooths a stream of landmark sets: a One-Euro filter per coordinate, tuned per body part, a confidence
// gate per landmark, and hold-last-good through short dropouts (a hand passing behind the back, a blurred
// frame), after which the landmark is reported lost so its bones keep their pose instead of flailing.
import { type BodyPart, type Landmark, bodyPartOf } from '../pose/landmarks.ts';
import { OneEuroFilter, type OneEuroParams } from './one-euro.ts';

export interface PartTuning {
  filter: OneEuroParams;
  /** Below this visibility a landmark's reading is not trusted. */
  minVisibility: number;
}

/** Tuned on the rendered test poses (see docs/benchmarks.md, capture): metres and milliseconds. */
export const POSE_TUNING: Readonly<Record<BodyPart, PartTuning>> = {
  face: { filter: { minCutoff: 1.0, beta: 4, derivativeCutoff: 1 }, minVisibility: 0.5 },
  torso: { filter: { minCutoff: 0.7, beta: 2, derivativeCutoff: 1 }, minVisibility: 0.5 },
  arm: { filter: { minCutoff: 1.0, beta: 6, derivativeCutoff: 1 }, minVisibility: 0.4 },
  hand: { filter: { minCutoff: 1.2, beta: 8, derivativeCutoff: 1 }, minVisibility: 0.4 },
  leg: { filter: { minCutoff: 0.7, beta: 3, derivativeCutoff: 1 }, minVisibility: 0.4 },
  foot: { filter: { minCutoff: 0.6, beta: 3, derivativeCutoff: 1 }, minVisibility: 0.4 },
};

/** How long a landmark out of sight keeps its last good place before it counts as lost. */
export const HOLD_MS = 400;

export interface SmoothedLandmark {
  x: number;
  y: number;
  z: number;
  /** False when the landmark has not been seen well for longer than HOLD_MS (or ever). */
  tracked: boolean;
}

interface Track {
  filters: [OneEuroFilter, OneEuroFilter, OneEuroFilter];
  minVisibility: number;
  last: SmoothedLandmark;
  lastGoodAt: number;
}

export class LandmarkSmoother {
  private readonly tracks: Track[];

  constructor(count: number, tuningOf: (index: number) => PartTuning) {
    this.tracks = Array.from({ length: count }, (_, index) => {
      const tuning = tuningOf(index);
      return {
        filters: [
          new OneEuroFilter(tuning.filter),
          new OneEuroFilter(tuning.filter),
          new OneEuroFilter(tuning.filter),
        ],
        minVisibility: tuning.minVisibility,
        last: { x: 0, y: 0, z: 0, tracked: false },
        lastGoodAt: -Infinity,
      };
    });
  }

  /** The smoother for MediaPipe Pose's 33 world landmarks. */
  static forPose(): LandmarkSmoother {
    return new LandmarkSmoother(33, (index) => POSE_TUNING[bodyPartOf(index)]);
  }

  /**
   * Takes one detection (or `undefined` when nobody was found) and returns the smoothed set. A landmark
   * below its confidence gate, or missing, holds its last good place for HOLD_MS.
   */
  update(landmarks: readonly Landmark[] | undefined, timeMs: number): readonly SmoothedLandmark[] {
    return this.tracks.map((track, index) => {
      const seen = landmarks?.[index];
      const trusted =
        seen !== undefined &&
        Number.isFinite(seen.x) &&
        Number.isFinite(seen.y) &&
        Number.isFinite(seen.z) &&
        (seen.visibility ?? 1) >= track.minVisibility;
      if (trusted) {
        const [fx, fy, fz] = track.filters;
        track.last = {
          x: fx.filter(seen.x, timeMs),
          y: fy.filter(seen.y, timeMs),
          z: fz.filter(seen.z, timeMs),
          tracked: true,
        };
        track.lastGoodAt = timeMs;
      } else if (track.last.tracked && timeMs - track.lastGoodAt > HOLD_MS) {
        track.last = { ...track.last, tracked: false };
      }
      return track.last;
    });
  }

  reset(): void {
    for (const track of this.tracks) {
      for (const filter of track.filters) filter.reset();
      track.last = { x: 0, y: 0, z: 0, tracked: false };
      track.lastGoodAt = -Infinity;
    }
  }
}
