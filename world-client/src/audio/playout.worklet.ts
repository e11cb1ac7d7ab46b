// AudioWorklet processor: one talker's playout. Decoded frames come in by message; the pure PlayoutBuffer
// decides what plays; a few times a second it reports where the playhead is and how the stream fares.
import { PlayoutBuffer } from './playout-buffer.ts';
import { worklet, type WorkletProcessor } from './worklet-scope.ts';
import {
  PLAYOUT_PROCESSOR,
  type PlayoutProfileMessage,
  type DecodedFrameMessage,
  type PlayoutReport,
} from './worklet-messages.ts';

/** Report every this many render blocks (128 samples): about 16 times a second at 48 kHz. */
const REPORT_EVERY = 24;

class PlayoutProcessor extends worklet.AudioWorkletProcessor implements WorkletProcessor {
  private readonly buffer = new PlayoutBuffer(worklet.sampleRate);
  private blocks = 0;
  private open = true;

  constructor(options?: AudioWorkletNodeOptions) {
    super(options);
    this.port.onmessage = (
      event: MessageEvent<DecodedFrameMessage | PlayoutProfileMessage | { type: 'close' }>,
    ) => {
      const message = event.data;
      if (message.type === 'close') this.open = false;
      else if (message.type === 'profile') {
        this.buffer.maxTarget = message.maxTargetMs;
        this.buffer.absorbStalls = message.absorbStalls;
      } else this.buffer.push(message, message.arrivedAt);
    };
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const output = outputs[0];
    const now = Date.now();
    if (output) this.buffer.pull(output, now);
    if (++this.blocks % REPORT_EVERY === 0) {
      const stats = this.buffer.stats(now);
      const report: PlayoutReport = {
        ...stats,
        senderTime: this.buffer.senderTime(),
        // After the block: the playhead is at the sample after its last.
        contextTime: (worklet.currentFrame + (output?.[0]?.length ?? 0)) / worklet.sampleRate,
        rms: this.buffer.rms,
      };
      this.port.postMessage(report);
    }
    return this.open;
  }
}

worklet.registerProcessor(PLAYOUT_PROCESSOR, PlayoutProcessor);
