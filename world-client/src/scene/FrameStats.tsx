import { useFrame } from '@react-three/fiber';

/**
 * What the last frames cost: draw calls, triangles, CPU time spent on a frame (the frame callbacks' updates,
 * and the render call, which with software GL includes drawing itself), fps.
 */
export const frameStats = {
  calls: 0,
  triangles: 0,
  cpuMs: 0,
  updateMs: 0,
  renderMs: 0,
  frameMs: 0,
  frames: 0,
};

const SMOOTHING = 0.1;
let frameStart = 0;

/**
 * Renders the scene itself (R3F hands rendering over to a priority-1 frame callback) so that it can time
 * a whole frame's CPU work, from the first frame callback to the end of the render, and count draw calls.
 */
export function FrameStats() {
  useFrame(() => {
    frameStart = performance.now();
  }, -1000);
  useFrame(({ gl, scene, camera }, dt) => {
    const renderStart = performance.now();
    gl.render(scene, camera);
    const end = performance.now();
    const first = frameStats.frames === 0;
    const smooth = (previous: number, value: number) =>
      first ? value : previous + (value - previous) * SMOOTHING;
    frameStats.cpuMs = smooth(frameStats.cpuMs, end - frameStart);
    frameStats.updateMs = smooth(frameStats.updateMs, renderStart - frameStart);
    frameStats.renderMs = smooth(frameStats.renderMs, end - renderStart);
    frameStats.frameMs = first
      ? dt * 1000
      : frameStats.frameMs + (dt * 1000 - frameStats.frameMs) * SMOOTHING;
    frameStats.calls = gl.info.render.calls;
    frameStats.triangles = gl.info.render.triangles;
    frameStats.frames += 1;
  }, 1);
  return null;
}
