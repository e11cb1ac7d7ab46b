// The page's side of the landmarker worker: start it with settings, then hand it frames one at a time.
import type { Detection } from './pose/detection.ts';
import type { Delegate } from './worker/delegate.ts';
import type { FromWorker, LandmarkerSettings, ToWorker } from './worker/protocol.ts';

export interface Loaded {
  pose: LandmarkerSettings['pose'];
  hands: boolean;
  face: boolean;
  /** Where inference runs (the graphics card can fall back to the processor). */
  delegate: Delegate;
  warnings: string[];
}

export class LandmarkerClient {
  private readonly worker: Worker;
  private pending: { resolve: (d: Detection) => void; reject: (e: Error) => void } | null = null;
  readonly ready: Promise<Loaded>;

  constructor(settings: LandmarkerSettings) {
    // A classic worker (no type: 'module'): MediaPipe's runtime loads with importScripts.
    this.worker = new Worker(new URL('./worker/landmarker.worker.ts', import.meta.url));
    this.ready = new Promise<Loaded>((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') resolve({ ...message.loaded, warnings: message.warnings });
        else if (message.type === 'failed') {
          const error = new Error(message.message);
          reject(error);
          this.pending?.reject(error);
          this.pending = null;
        } else if (message.type === 'detection') {
          this.pending?.resolve(message.detection);
          this.pending = null;
        }
      };
      this.worker.onerror = (event) => reject(new Error(event.message || 'The landmarker could not start.'));
    });
    this.send({ type: 'init', settings });
  }

  /** Whether a frame is being worked on (a new one should then be skipped, not queued). */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Detects the performer in one frame; the frame is handed over (and closed by the worker). */
  detect(frame: ImageBitmap, time: number): Promise<Detection> {
    if (this.pending) {
      frame.close();
      return Promise.reject(new Error('A frame is already being detected.'));
    }
    return new Promise<Detection>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.send({ type: 'frame', frame, time }, [frame]);
    });
  }

  close(): void {
    this.worker.terminate();
    this.pending?.reject(new Error('The landmarker was closed.'));
    this.pending = null;
  }

  private send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
