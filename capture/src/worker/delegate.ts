// Where the landmarkers run: on the graphics card when there is a real one (MediaPipe's GPU delegate is
// several times faster than its CPU path on a laptop), on the processor when WebGL is drawn in software
// (SwiftShader, llvmpipe, a virtual machine's basic adapter), where the same GPU path is several times
// slower than the CPU's (measured: docs/benchmarks.md). Pure: the worker reads the renderer's name.

/** What the performer asked for. */
export type DelegateChoice = 'auto' | 'GPU' | 'CPU';
/** Where inference actually runs. */
export type Delegate = 'GPU' | 'CPU';

/** Renderer names of WebGL implementations that draw on the processor. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver/i;

/** Whether a WebGL renderer's name (UNMASKED_RENDERER_WEBGL where allowed) is a software one. */
export const isSoftwareRenderer = (renderer: string): boolean => SOFTWARE_RENDERER.test(renderer);

/**
 * The delegate to try first: the performer's choice, or for 'auto' the graphics card when WebGL 2 is
 * there (`renderer` is null when it is not) and drawn in hardware.
 */
export function chooseDelegate(choice: DelegateChoice, renderer: string | null): Delegate {
  if (choice !== 'auto') return choice;
  return renderer !== null && !isSoftwareRenderer(renderer) ? 'GPU' : 'CPU';
}
