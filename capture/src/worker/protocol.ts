// Messages between the page and the landmarker worker.
import type { Detection, Extras } from '../pose/detection.ts';
import type { Delegate, DelegateChoice } from './delegate.ts';

export type PoseModel = 'lite' | 'full' | 'heavy';

export interface LandmarkerSettings {
  /** Where the MediaPipe runtime (wasm) and the models are served, e.g. /assets/capture/. */
  base: string;
  pose: PoseModel;
  hands: boolean;
  face: boolean;
  /** Where to run them: the graphics card, the processor, or 'auto' (the card unless WebGL is software). */
  delegate: DelegateChoice;
}

export type ToWorker =
  { type: 'init'; settings: LandmarkerSettings } | { type: 'frame'; frame: ImageBitmap; time: number };

export type FromWorker =
  | {
      type: 'ready';
      loaded: { pose: PoseModel; hands: boolean; face: boolean; delegate: Delegate };
      warnings: string[];
    }
  | { type: 'failed'; message: string }
  /** A frame's body, as soon as it is found (its hands and face empty: they follow). */
  | { type: 'detection'; detection: Detection }
  /** The same frame's hands and face, when looked for; either way, the worker is free for the next. */
  | { type: 'done'; extras: Extras | null };
