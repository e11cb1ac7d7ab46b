// Sends our sound over the room relay: the microphone's samples, cut into 20 ms frames by the capture
// worklet, stamped with the wall clock of their first sample (the clock pose frames carry), Opus-encoded
// and wrapped as audio frames for the room.
import { encodeAudioFrame, MAX_OPUS_BYTES, SOUND_MODE_SETTINGS, type SoundMode } from '@prostudio/protocol';
import { loudness } from './loudness.ts';
import { createEncoder, type FrameEncoder } from './opus-codec.ts';
import { SampleClock } from './sample-clock.ts';
import { tooOldToSend } from './stale-gate.ts';
import { loadWorklet } from './worklet-modules.ts';
import { CAPTURE_PROCESSOR, type CapturedFrame } from './worklet-messages.ts';

interface Sending {
  mode: SoundMode;
  encoder: FrameEncoder;
  source: MediaStreamAudioSourceNode;
  capture: AudioWorkletNode;
  sink: GainNode;
}

export class RelaySender {
  private sending: Sending | null = null;
  private sequence = 0;
  private rms = 0;
  private staleFrames = 0;
  /** Counts starts and stops, so a start overtaken by another (or a stop) while it loads gives up. */
  private generation = 0;

  constructor(
    private readonly context: AudioContext,
    private readonly send: (frame: Uint8Array) => void,
    private readonly onError: (error: Error) => void,
  ) {}

  get mode(): SoundMode | null {
    return this.sending?.mode ?? null;
  }

  /** Frames captured but not sent, as too old to be played by the time this page could send them. */
  get stale(): number {
    return this.staleFrames;
  }

  /** How loud the sound leaving is, 0..1. */
  get level(): number {
    return this.sending ? loudness(this.rms) : 0;
  }

  async start(stream: MediaStream, mode: SoundMode): Promise<void> {
    this.stop();
    const generation = this.generation;
    const track = stream.getAudioTracks()[0];
    if (!track) throw new Error('There is no sound in what was given to send (no audio track).');
    const { channels, bitrate } = SOUND_MODE_SETTINGS[mode];
    await loadWorklet(this.context, 'capture');
    const encoder = await createEncoder(
      { channels, bitrate, mode },
      (payload, time) => this.sendFrame(payload, time, mode),
      this.onError,
    );
    if (generation !== this.generation) {
      encoder.close();
      return;
    }
    const source = this.context.createMediaStreamSource(new MediaStream([track]));
    const capture = new AudioWorkletNode(this.context, CAPTURE_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      // The graph mixes the input to the mode's channels (a stereo input to mono for voice, and back).
      channelCount: channels,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
      processorOptions: { channels },
    });
    // A silent path to the output keeps the capture processed in every browser.
    const sink = this.context.createGain();
    sink.gain.value = 0;
    source.connect(capture).connect(sink).connect(this.context.destination);
    const clock = new SampleClock(this.context.sampleRate);
    const latency = ((track.getSettings() as { latency?: number }).latency ?? 0) * 1000;
    const { maxPlayoutDelayMs } = SOUND_MODE_SETTINGS[mode];
    capture.port.onmessage = (event: MessageEvent<CapturedFrame>) => {
      const frame = event.data;
      this.rms += (frame.rms - this.rms) * 0.3;
      // After a stall of this page, the frames that waited too long to be played anywhere are let go. (By when
      // the worklet saw them, not by their stamps: those follow the audio device's clock, which a busy
      // machine's can lag by seconds, and listeners judge them by trip, not by the wall clock.)
      if (tooOldToSend(frame.seenAt, Date.now(), maxPlayoutDelayMs)) {
        this.staleFrames++;
        return;
      }
      const end = frame.start + (frame.channels[0]?.length ?? 0);
      encoder.encode(frame.channels, clock.stamp(frame.start, end, frame.seenAt, latency));
    };
    this.sending = { mode, encoder, source, capture, sink };
  }

  stop(): void {
    this.generation++;
    const sending = this.sending;
    this.sending = null;
    this.rms = 0;
    if (!sending) return;
    sending.capture.port.onmessage = null;
    sending.source.disconnect();
    sending.capture.disconnect();
    sending.sink.disconnect();
    sending.encoder.close();
  }

  private sendFrame(payload: Uint8Array, time: number, mode: SoundMode): void {
    if (payload.byteLength < 1 || payload.byteLength > MAX_OPUS_BYTES) return;
    const stereo = SOUND_MODE_SETTINGS[mode].channels === 2;
    const sequence = this.sequence;
    this.sequence = (this.sequence + 1) & 0xffff;
    this.send(encodeAudioFrame({ sequence, time: Math.round(time) >>> 0, stereo, mode, payload }));
  }
}
