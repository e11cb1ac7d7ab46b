// A performer's capture from start to stop: the camera, the landmarker worker, calibration and the
// solver, run on every camera frame the worker is free for. The page shows what it reports.
import { calibrate, CALIBRATION_FRAMES, frameProblem } from './calibration.ts';
import { openCamera } from './camera.ts';
import { LandmarkerClient, type Loaded } from './landmarker-client.ts';
import { PerformerSolver, type SolvedPose } from './performer-solver.ts';
import type { Detection, Extras } from './pose/detection.ts';
import type { RigRest } from './retarget/rig.ts';
import type { LandmarkerSettings } from './worker/protocol.ts';

export type CapturePhase = 'camera' | 'loading' | 'tracking' | 'failed' | 'stopped';

export interface CaptureStatus {
  phase: CapturePhase;
  /** What to tell the performer (errors, or how calibration is going). */
  message: string | null;
  /** Frames solved per second, over the last second. */
  fps: number;
  /** Inference time of the last frame, ms. */
  inferenceMs: number;
  /** 0..1 while calibrating, null otherwise. */
  calibrating: number | null;
  calibrated: boolean;
  loaded: Loaded | null;
}

export interface CaptureOptions {
  settings: LandmarkerSettings;
  rig?: RigRest;
  deviceId?: string;
  onFrame(pose: SolvedPose, detection: Detection): void;
  onStatus(status: CaptureStatus): void;
}

export class CaptureSession {
  private readonly video: HTMLVideoElement;
  private readonly options: CaptureOptions;
  private readonly solver: PerformerSolver;
  private stream: MediaStream | null = null;
  private landmarker: LandmarkerClient | null = null;
  private running = false;
  private calibrationFrames: Detection[] | null = null;
  private solvedTimes: number[] = [];
  private status: CaptureStatus = {
    phase: 'camera',
    message: null,
    fps: 0,
    inferenceMs: 0,
    calibrating: null,
    calibrated: false,
    loaded: null,
  };

  constructor(video: HTMLVideoElement, options: CaptureOptions) {
    this.video = video;
    this.options = options;
    this.solver = new PerformerSolver(options.rig);
  }

  async start(): Promise<void> {
    this.running = true;
    this.report({ phase: 'camera', message: 'Starting the camera…' });
    try {
      this.stream = await openCamera(this.options.deviceId);
      this.video.srcObject = this.stream;
      this.video.muted = true;
      this.video.playsInline = true;
      await this.video.play();
      this.report({ phase: 'loading', message: 'Loading motion capture…' });
      this.landmarker = new LandmarkerClient(this.options.settings);
      const loaded = await this.landmarker.ready;
      // What did not load (hands, face, the graphics card) stays in `loaded.warnings`, shown beside the
      // live figures rather than instead of them.
      this.report({ phase: 'tracking', message: null, loaded });
    } catch (error) {
      this.stop();
      this.report({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.nextFrame();
  }

  /** Starts a calibration: stand in an A-pose, head to feet in view, for a couple of seconds. */
  calibrate(): void {
    this.calibrationFrames = [];
    this.report({ calibrating: 0, message: 'Stand in an A-pose, head to feet in view…' });
  }

  stop(): void {
    this.running = false;
    this.landmarker?.close();
    this.landmarker = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.video.srcObject = null;
    if (this.status.phase !== 'failed') this.report({ phase: 'stopped', message: null });
  }

  private nextFrame(): void {
    if (!this.running) return;
    if ('requestVideoFrameCallback' in this.video)
      this.video.requestVideoFrameCallback(() => this.onVideoFrame());
    else requestAnimationFrame(() => this.onVideoFrame());
  }

  private onVideoFrame(): void {
    const landmarker = this.landmarker;
    if (!this.running || !landmarker) return;
    if (this.video.readyState < 2) return this.nextFrame();
    // One frame at a time: the next is asked for once this one is done, so frames are never queued.
    const time = performance.now();
    createImageBitmap(this.video)
      .then(async (frame) => {
        const { body, done } = landmarker.detect(frame, time);
        // The body is solved and sent at once, with the hands and face of the frame before; this
        // frame's follow, and the next frame is taken when they are in.
        this.onDetection(await body, landmarker.extras);
        await done;
      })
      .catch((error: unknown) => {
        if (this.running) this.report({ message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => this.nextFrame());
  }

  private onDetection(body: Detection, extras: Extras | null): void {
    if (!this.running) return;
    const detection: Detection = extras
      ? {
          ...body,
          hands: extras.hands,
          ...(extras.face ? { face: extras.face } : {}),
          inferenceMs: body.inferenceMs + extras.inferenceMs,
        }
      : body;
    if (this.calibrationFrames) this.collectCalibration(detection);
    const pose = this.solver.solve(detection);
    const now = performance.now();
    this.solvedTimes = [...this.solvedTimes.filter((t) => now - t < 1000), now];
    this.options.onFrame(pose, detection);
    this.report({ fps: this.solvedTimes.length, inferenceMs: detection.inferenceMs });
  }

  private collectCalibration(detection: Detection): void {
    const frames = this.calibrationFrames as Detection[];
    const problem = frameProblem(detection);
    // A frame out of pose starts the count again: calibration wants a still, whole A-pose.
    if (problem) frames.length = 0;
    else frames.push(detection);
    if (frames.length < CALIBRATION_FRAMES) {
      this.report({ calibrating: frames.length / CALIBRATION_FRAMES, message: problem ?? 'Hold still…' });
      return;
    }
    const result = calibrate(frames);
    this.calibrationFrames = null;
    if (result.ok) {
      this.solver.setCalibration(result.calibration);
      this.report({ calibrating: null, calibrated: true, message: 'Calibrated.' });
    } else this.report({ calibrating: null, message: result.problem });
  }

  private report(change: Partial<CaptureStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus(this.status);
  }
}
