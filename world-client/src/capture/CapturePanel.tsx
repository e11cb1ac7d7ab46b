// The performer's motion capture: pick a camera and a model, see yourself mirrored with the skeleton the
// camera found, calibrate, and go live: the avatar everyone sees follows you.
import {
  type CaptureStatus,
  CaptureSession,
  type CameraChoice,
  listCameras,
  type DelegateChoice,
  type PoseModel,
} from '@prostudio/capture';
import { useEffect, useRef, useState } from 'react';
import { setWorld, useWorld } from '../state/store.ts';
import { Toggle } from '../ui/Toggle.tsx';
import { bodyFromCamera } from './body-source.ts';
import { drawSkeleton } from './skeleton-overlay.ts';

const MODELS: readonly { id: PoseModel; label: string }[] = [
  { id: 'lite', label: 'Fast (lite)' },
  { id: 'full', label: 'Balanced (full)' },
  { id: 'heavy', label: 'Precise (heavy)' },
];

const PROCESSORS: readonly { id: DelegateChoice; label: string }[] = [
  { id: 'auto', label: 'Automatic' },
  { id: 'GPU', label: 'Graphics card' },
  { id: 'CPU', label: 'Processor' },
];

const WHERE = { GPU: 'on the graphics card', CPU: 'on the processor' } as const;

/** A labelled drop-down of fixed choices. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly { id: T; label: string }[];
  onChange: (value: T) => void;
  disabled: boolean;
}) {
  const { label, value, choices, onChange, disabled } = props;
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as T)} disabled={disabled}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What the performer reads while tracking: how fast, where inference runs, and whether calibrated. */
function liveMessage(status: CaptureStatus): string {
  const where = status.loaded ? ` ${WHERE[status.loaded.delegate]}` : '';
  const calibration = status.calibrated
    ? ', calibrated'
    : '. Calibrate (stand in an A-pose) for truer arms and legs.';
  return `Live: ${status.fps} fps, ${status.inferenceMs.toFixed(0)} ms per frame${where}${calibration}`;
}

export function CapturePanel() {
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const session = useRef<CaptureSession | null>(null);
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const [camera, setCamera] = useState('');
  const [model, setModel] = useState<PoseModel>('lite');
  const [processor, setProcessor] = useState<DelegateChoice>('auto');
  const [hands, setHands] = useState(true);
  const [face, setFace] = useState(true);
  const mirror = useWorld((state) => state.mirror);
  const [status, setStatus] = useState<CaptureStatus | null>(null);
  const live = status !== null && status.phase !== 'stopped' && status.phase !== 'failed';

  useEffect(() => {
    void listCameras().then(setCameras);
    return () => {
      session.current?.stop();
      bodyFromCamera(null);
    };
  }, []);

  const start = () => {
    if (!video.current) return;
    session.current?.stop();
    const started = new CaptureSession(video.current, {
      settings: { base: '/assets/capture/', pose: model, hands, face, delegate: processor },
      ...(camera ? { deviceId: camera } : {}),
      onFrame(pose, detection) {
        if (overlay.current) drawSkeleton(overlay.current, detection);
        // The pose is dated by its camera frame, so the audience plays it back on the camera's clock.
        bodyFromCamera(pose.tracked ? { ...pose, time: performance.timeOrigin + detection.time } : null);
      },
      onStatus(next) {
        setStatus(next);
        if (next.phase === 'tracking') void listCameras().then(setCameras);
        if (next.phase === 'stopped' || next.phase === 'failed') bodyFromCamera(null);
      },
    });
    session.current = started;
    void started.start();
  };

  const stop = () => {
    session.current?.stop();
    session.current = null;
    bodyFromCamera(null);
  };

  return (
    <section className="panel capture" aria-labelledby="capture-title" data-testid="capture-panel">
      <h2 id="capture-title">Motion capture</h2>
      <div className="capture-preview">
        <video ref={video} className="mirrored" muted playsInline aria-label="Your camera, mirrored" />
        <canvas ref={overlay} width={320} height={240} aria-hidden="true" />
      </div>
      <div className="capture-controls">
        <Choice
          label="Camera"
          value={camera}
          choices={[
            { id: '', label: 'Default' },
            ...cameras.map((choice) => ({ id: choice.deviceId, label: choice.label })),
          ]}
          onChange={setCamera}
          disabled={live}
        />
        <Choice label="Model" value={model} choices={MODELS} onChange={setModel} disabled={live} />
        <Choice
          label="Runs on"
          value={processor}
          choices={PROCESSORS}
          onChange={setProcessor}
          disabled={live}
        />
        <Toggle label="Fingers" checked={hands} onChange={setHands} disabled={live} />
        <Toggle label="Face" checked={face} onChange={setFace} disabled={live} />
        <Toggle label="Mirror" checked={mirror} onChange={(on) => setWorld({ mirror: on })} />
        {live ? (
          <button type="button" onClick={stop} data-testid="capture-stop">
            Stop
          </button>
        ) : (
          <button type="button" onClick={start} data-testid="capture-start">
            Start camera
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={status?.phase !== 'tracking' || status.calibrating !== null}
          onClick={() => session.current?.calibrate()}
          data-testid="capture-calibrate"
        >
          Calibrate
        </button>
      </div>
      {status?.calibrating !== null && status?.calibrating !== undefined && (
        <progress value={status.calibrating} max={1} aria-label="Calibration" />
      )}
      <p
        className="capture-status"
        role="status"
        data-testid="capture-status"
        data-phase={status?.phase ?? 'off'}
      >
        {status?.message ??
          (status?.phase === 'tracking'
            ? liveMessage(status)
            : 'Your avatar follows you once the camera is on.')}
      </p>
      {live && status.loaded && status.loaded.warnings.length > 0 && (
        <ul className="capture-warnings" data-testid="capture-warnings">
          {status.loaded.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
