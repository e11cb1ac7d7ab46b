// AudioWorklet processor: the venue's output meter. On the audio thread, so a page whose main thread is busy
// still learns how loud every moment was: the loudest sample of each tenth of a second, reported with the
// context time at which that tenth ended.
import { worklet, type WorkletProcessor } from './worklet-scope.ts';
import { METER_PROCESSOR, type MeterReport } from './worklet-messages.ts';

/** Report every this many render blocks (128 samples): about 10 times a second at 48 kHz. */
const REPORT_EVERY = 38;

class MeterProcessor extends worklet.AudioWorkletProcessor implements WorkletProcessor {
  private peak = 0;
  private blocks = 0;

  process(inputs: Float32Array[][]): boolean {
    let length = 0;
    for (const channel of inputs[0] ?? []) {
      length = channel.length;
      for (const sample of channel) this.peak = Math.max(this.peak, Math.abs(sample));
    }
    if (++this.blocks % REPORT_EVERY === 0) {
      const report: MeterReport = {
        peak: this.peak,
        contextTime: (worklet.currentFrame + length) / worklet.sampleRate,
      };
      this.port.postMessage(report);
      this.peak = 0;
    }
    return true;
  }
}

worklet.registerProcessor(METER_PROCESSOR, MeterProcessor);
