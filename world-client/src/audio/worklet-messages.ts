// The messages between the sound engine and its AudioWorklet processors. Pure types and names.

/** The processors' registered names. */
export const CAPTURE_PROCESSOR = 'prostudio-capture';
export const PLAYOUT_PROCESSOR = 'prostudio-playout';
export const METER_PROCESSOR = 'prostudio-meter';

/** Meter -> venue audio, about ten times a second. */
export interface MeterReport {
  /** The loudest sample (absolute, 0..1 and beyond when clipping) since the last report. */
  peak: number;
  /** The context time (s) at which the span ended. */
  contextTime: number;
}

/** Capture -> engine: one 20 ms frame of the input. */
export interface CapturedFrame {
  /** One array per channel, 960 samples each. */
  channels: Float32Array[];
  /** The context's number of the frame's first sample. */
  start: number;
  /** Date.now() in the worklet when the frame was complete. */
  seenAt: number;
  /** Root-mean-square of the frame's first channel. */
  rms: number;
}

/** Engine -> playout: one decoded frame of the talker's. */
export interface DecodedFrameMessage {
  type: 'frame';
  sequence: number;
  time: number;
  channels: Float32Array[];
  /** Date.now() when its packet arrived. */
  arrivedAt: number;
}

/** Engine -> playout: how the talker's sound is held back (by the sound's mode; see PlayoutBuffer). */
export interface PlayoutProfileMessage {
  type: 'profile';
  maxTargetMs: number;
  absorbStalls: boolean;
}

/** Playout -> engine, a few times a second. */
export interface PlayoutReport {
  /** The sender's time stamp of the sample at the playhead (wrapping at 2^32), or null when silent. */
  senderTime: number | null;
  /** The context time (s) of that sample. */
  contextTime: number;
  rms: number;
  received: number;
  concealed: number;
  dropped: number;
  delayMs: number;
  targetMs: number;
}
