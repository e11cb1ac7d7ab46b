// One talker heard over the room relay: their frames decoded (WebCodecs, or the wasm fallback) and posted
// to their own playout worklet, whose node is their sound in the venue's graph.
import { type AudioFrame, SOUND_MODE_SETTINGS, type SoundMode } from '@prostudio/protocol';
import { loudness, playoutLag } from './loudness.ts';
import { StaleGate } from './stale-gate.ts';
import { createDecoder, type FrameDecoder } from './opus-codec.ts';
import type { TalkerStats } from './sound-path.ts';
import {
  PLAYOUT_PROCESSOR,
  type PlayoutProfileMessage,
  type DecodedFrameMessage,
  type PlayoutReport,
} from './worklet-messages.ts';

/** Frames decoding at once, at most (a decoder that never answers must not grow this without end). */
const PENDING = 64;
export class RelayTalker {
  readonly node: AudioWorkletNode;
  /** Date.now() of the last packet. */
  lastHeard = 0;
  private decoder: Promise<FrameDecoder> | null = null;
  private channels: 1 | 2 = 1;
  private mode: SoundMode | null = null;
  private readonly stale = new StaleGate();
  private readonly pending = new Map<number, { time: number; arrivedAt: number }>();
  private report: PlayoutReport | null = null;
  private closed = false;

  /** Needs the playout worklet loaded in `context` (loadWorklet(context, 'playout')). */
  constructor(
    private readonly context: AudioContext,
    private readonly onError: (error: Error) => void,
  ) {
    this.node = new AudioWorkletNode(context, PLAYOUT_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [2],
    });
    this.node.port.onmessage = (event: MessageEvent<PlayoutReport>) => {
      this.report = event.data;
    };
  }

  receive(frame: AudioFrame, arrivedAt: number): void {
    if (this.closed) return;
    this.lastHeard = arrivedAt;
    if (frame.mode !== this.mode) {
      this.mode = frame.mode;
      // Music is listened to, not answered: it waits out a stall instead of skipping it.
      const profile: PlayoutProfileMessage = {
        type: 'profile',
        maxTargetMs: SOUND_MODE_SETTINGS[frame.mode].maxPlayoutDelayMs,
        absorbStalls: frame.mode === 'music',
      };
      this.node.port.postMessage(profile);
    }
    if (this.stale.tooLate(frame.time, arrivedAt, SOUND_MODE_SETTINGS[frame.mode].maxPlayoutDelayMs)) return;
    const channels = frame.stereo ? 2 : 1;
    if (!this.decoder || channels !== this.channels) this.openDecoder(channels);
    this.pending.set(frame.sequence, { time: frame.time, arrivedAt });
    if (this.pending.size > PENDING) this.pending.delete(this.pending.keys().next().value ?? -1);
    // The payload is a view into the room's message: copy it, as decoding may finish after it is reused.
    const payload = frame.payload.slice();
    void this.decoder?.then((decoder) => decoder.decode(payload, frame.sequence));
  }

  /** Lag of the sample leaving the speakers now behind its sender's stamp, ms, or null when silent. */
  lag(now = Date.now()): number | null {
    const report = this.report;
    if (!report || report.senderTime === null) return null;
    return playoutLag(report.senderTime, report.contextTime, leavingNow(this.context), now);
  }

  level(): number {
    return loudness(this.report?.rms ?? 0);
  }

  stats(): TalkerStats {
    const { received = 0, concealed = 0, dropped = 0, delayMs = 0, targetMs = 0 } = this.report ?? {};
    const skipped = this.stale.skipped;
    return { received: received + skipped, concealed, dropped: dropped + skipped, delayMs, targetMs };
  }

  close(): void {
    this.closed = true;
    void this.decoder?.then((decoder) => decoder.close());
    this.decoder = null;
    this.node.port.postMessage({ type: 'close' });
    this.node.port.onmessage = null;
    this.node.disconnect();
  }

  private openDecoder(channels: 1 | 2): void {
    void this.decoder?.then((decoder) => decoder.close());
    this.channels = channels;
    const decoder = createDecoder(
      channels,
      (sequence, samples) => this.play(sequence, samples),
      (error) => {
        // A broken decoder is replaced on the next frame.
        if (this.decoder === decoder) this.decoder = null;
        this.onError(error);
      },
    );
    this.decoder = decoder;
    decoder.catch((error: unknown) => {
      if (this.decoder === decoder) this.decoder = null;
      this.onError(error instanceof Error ? error : new Error(String(error)));
    });
  }

  private play(sequence: number, channels: Float32Array[]): void {
    const meta = this.pending.get(sequence);
    if (!meta || this.closed) return;
    this.pending.delete(sequence);
    // Arrival is when the sound reaches playout: a decoder held up by a busy page is jitter to ride out too.
    const message: DecodedFrameMessage = {
      type: 'frame',
      sequence,
      channels,
      time: meta.time,
      arrivedAt: Date.now(),
    };
    this.node.port.postMessage(
      message,
      channels.map((channel) => channel.buffer),
    );
  }
}

/** The context time (s) of the sample leaving the speakers now. */
function leavingNow(context: AudioContext): number {
  const stamp = context.getOutputTimestamp?.();
  if (stamp?.contextTime && stamp.performanceTime) {
    return stamp.contextTime + (performance.now() - stamp.performanceTime) / 1000;
  }
  return context.currentTime - context.baseLatency - (context.outputLatency || 0);
}
