import { useEffect, useState } from 'react';
import { frameStats } from '../scene/FrameStats.tsx';

/** Frame statistics (F8, or `?stats` in the address): what the 3D view costs on this machine. */
export function StatsOverlay() {
  const [open, setOpen] = useState(() => new URLSearchParams(window.location.search).has('stats'));
  const [, setTick] = useState(0);
  useEffect(() => {
    const toggle = (event: KeyboardEvent) => event.key === 'F8' && setOpen((value) => !value);
    window.addEventListener('keydown', toggle);
    return () => window.removeEventListener('keydown', toggle);
  }, []);
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(() => setTick((n) => n + 1), 500);
    return () => window.clearInterval(timer);
  }, [open]);
  if (!open) return null;
  const fps = frameStats.frameMs > 0 ? 1000 / frameStats.frameMs : 0;
  return (
    <dl
      className="panel frame-stats"
      data-testid="frame-stats"
      data-calls={frameStats.calls}
      data-cpu-ms={frameStats.cpuMs.toFixed(3)}
      data-update-ms={frameStats.updateMs.toFixed(3)}
      data-render-ms={frameStats.renderMs.toFixed(3)}
      data-triangles={frameStats.triangles}
      data-fps={fps.toFixed(1)}
      data-frames={frameStats.frames}
    >
      <dt>Draw calls</dt>
      <dd>{frameStats.calls}</dd>
      <dt>Triangles</dt>
      <dd>{frameStats.triangles}</dd>
      <dt>CPU per frame</dt>
      <dd>{frameStats.cpuMs.toFixed(2)} ms</dd>
      <dt>… updating</dt>
      <dd>{frameStats.updateMs.toFixed(2)} ms</dd>
      <dt>… rendering</dt>
      <dd>{frameStats.renderMs.toFixed(2)} ms</dd>
      <dt>Frame rate</dt>
      <dd>{fps.toFixed(0)} fps</dd>
    </dl>
  );
}
