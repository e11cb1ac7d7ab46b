// The page's side of the landmarker worker: start it with settings, then hand it frames one at a time.
// Each frame's body comes back first; its hands and face follow, kept here for the next body to take.
import type { Detection, Extras } from './pose/detection.ts';
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

interface Handlers<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

interface InFlight {
  body: Handlers<Detection>;
  done: Handlers<void>;
}

/** A promise with its resolve and reject taken out. */
function deferred<T>(): { promise: Promise<T>; handlers: Handlers<T> } {
  const handlers = {} as Handlers<T>;
  const promise = new Promise<T>((resolve, reject) => Object.assign(handlers, { resolve, reject }));
  return { promise, handlers };
}

export class LandmarkerClient {
  private readonly worker: Worker;
  private pending: InFlight | null = null;
  /** The hands and face of the last frame they were looked for in (null before, or when none was). */
  extras: Extras | null = null;
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
          this.fail(error);
        } else if (message.type === 'detection') this.pending?.body.resolve(message.detection);
        else if (message.type === 'done') {
          this.extras = message.extras;
          this.pending?.done.resolve();
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

  /**
   * Detects the performer in one frame (handed over, and closed by the worker): `body` as soon as the
   * body is found, `done` once the frame's hands and face are in `extras` and the worker is free.
   */
  detect(frame: ImageBitmap, time: number): { body: Promise<Detection>; done: Promise<void> } {
    if (this.pending) {
      frame.close();
      const error = Promise.reject(new Error('A frame is already being detected.'));
      return { body: error, done: error };
    }
    const body = deferred<Detection>();
    const done = deferred<void>();
    // Whoever awaits only the body must not see the same failure on `done` as unhandled.
    done.promise.catch(() => undefined);
    this.pending = { body: body.handlers, done: done.handlers };
    this.send({ type: 'frame', frame, time }, [frame]);
    return { body: body.promise, done: done.promise };
  }

  close(): void {
    this.worker.terminate();
    this.fail(new Error('The landmarker was closed.'));
  }

  private fail(error: Error): void {
    this.pending?.body.reject(error);
    this.pending?.done.reject(error);
    this.pending = null;
  }

  private send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
