// AudioWorklet processor: cuts the input into 20 ms frames and hands each to the engine with its first
// sample's number and when it was complete. Encoding happens on the main thread (WebCodecs lives there).
import { FrameCutter } from './frame-cutter.ts';
import { rootMeanSquare } from './loudness.ts';
import { worklet, type WorkletProcessor } from './worklet-scope.ts';
import { CAPTURE_PROCESSOR, type CapturedFrame } from './worklet-messages.ts';

class CaptureProcessor extends worklet.AudioWorkletProcessor implements WorkletProcessor {
  private readonly cutter: FrameCutter;

  constructor(options?: AudioWorkletNodeOptions) {
    super(options);
    const channels = (options?.processorOptions as { channels?: number } | undefined)?.channels ?? 1;
    this.cutter = new FrameCutter(channels);
  }

  process(inputs: Float32Array[][]): boolean {
    const input = inputs[0];
    if (input && input.length > 0) {
      this.cutter.push(input, worklet.currentFrame, (channels, start) => {
        const message: CapturedFrame = {
          channels,
          start,
          seenAt: Date.now(),
          rms: rootMeanSquare(channels[0] ?? []),
        };
        this.port.postMessage(
          message,
          channels.map((channel) => channel.buffer),
        );
      });
    }
    return true;
  }
}

worklet.registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
