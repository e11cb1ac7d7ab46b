// What the landmarker worker reports for one camera frame: plain data, so it crosses postMessage.
import type { Landmark, Side } from './landmarks.ts';

export interface HandDetection {
  /** 21 landmarks in metres about the hand's centre, camera axes. */
  world: Landmark[];
  /** 21 landmarks in image coordinates (0..1). */
  image: Landmark[];
  /** Whose hand it is, when it was looked for around that wrist (else the nearest pose wrist says). */
  side?: Side;
}

export interface Detection {
  /** The camera frame's time, milliseconds. */
  time: number;
  pose?: {
    /** 33 landmarks in metres about the hips, camera axes (x right, y down, z away). */
    world: Landmark[];
    /** 33 landmarks in image coordinates (0..1, y down). */
    image: Landmark[];
    /** The picture's width over its height (image x and y are fractions of each). */
    aspect: number;
  };
  hands: HandDetection[];
  face?: {
    /** 468 or 478 face mesh landmarks in image coordinates. */
    mesh: Landmark[];
    /** Blendshape scores by ARKit name, when the face model has them. */
    blendshapes?: Record<string, number>;
  };
  /** Milliseconds the inference took. */
  inferenceMs: number;
}

/**
 * The hands and face of one camera frame, found after its body (in the squares the body puts them in)
 * and reported after it, so the body never waits for them: the page pairs them with the next body.
 */
export interface Extras {
  hands: HandDetection[];
  face?: Detection['face'];
  /** Milliseconds their inference took. */
  inferenceMs: number;
}
