// What an AudioWorklet module sees (TypeScript's DOM library leaves the worklet's global scope out). Only the
// worklet modules import this; it reads the real globals at run time.

export interface WorkletProcessor {
  readonly port: MessagePort;
  process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean;
}

interface AudioWorkletScope {
  AudioWorkletProcessor: new (options?: AudioWorkletNodeOptions) => { readonly port: MessagePort };
  registerProcessor(
    name: string,
    processor: new (options?: AudioWorkletNodeOptions) => WorkletProcessor,
  ): void;
  /** The number of the first sample of the block being processed. */
  readonly currentFrame: number;
  readonly sampleRate: number;
}

export const worklet = globalThis as unknown as AudioWorkletScope;
