// Messages between the page and the landmarker worker.
import type { Detection } from '../pose/detection.ts';

export type PoseModel = 'lite' | 'full' | 'heavy';

export interface LandmarkerSettings {
  /** Where the MediaPipe runtime (wasm) and the models are served, e.g. /assets/capture/. */
  base: string;
  pose: PoseModel;
  hands: boolean;
  face: boolean;
}

export type ToWorker =
  { type: 'init'; settings: LandmarkerSettings } | { type: 'frame'; frame: ImageBitmap; time: number };

export type FromWorker =
  | { type: 'ready'; loaded: { pose: PoseModel; hands: boolean; face: boolean }; warnings: string[] }
  | { type: 'failed'; message: string }
  | { type: 'detection'; detection: Detection };
