// The sound stream's wire format, version 1 (docs/protocol.md has the byte layout). One frame is 20 ms of
// one person's sound as one Opus packet, stamped with the same clock as their pose frames so a listener
// can play the two in step. The room never decodes the Opus inside; the decoder here checks the frame
// around it and never throws.

export const AUDIO_CODEC_VERSION = 1;

/** Length of the sound in one frame, ms (Opus's 20 ms frame: the usual trade of delay against overhead). */
export const AUDIO_FRAME_MS = 20;
/** Sample rate of the stream (Opus's own). */
export const AUDIO_SAMPLE_RATE = 48_000;
/** The largest Opus packet holding one frame (RFC 6716, 3.2.1). */
export const MAX_OPUS_BYTES = 1275;

/**
 * How a sender's sound is made: `voice` is speech (mono, 32 kbit/s, the browser's echo cancellation, noise
 * suppression and gain control on); `music` an instrument or a mix (stereo, 128 kbit/s, all three off).
 * Listeners hold a voice back at most 300 ms (a conversation needs answers soon), music up to 800 ms (a
 * performance is listened to, not answered: unbroken sound matters more, and the performer's motion waits
 * for it).
 */
export const SOUND_MODES = ['voice', 'music'] as const;
export type SoundMode = (typeof SOUND_MODES)[number];

export const SOUND_MODE_SETTINGS: Record<
  SoundMode,
  { channels: 1 | 2; bitrate: number; processing: boolean; maxPlayoutDelayMs: number }
> = {
  voice: { channels: 1, bitrate: 32_000, processing: true, maxPlayoutDelayMs: 300 },
  music: { channels: 2, bitrate: 128_000, processing: false, maxPlayoutDelayMs: 800 },
};

export const AUDIO_HEADER_BYTES = 8; // version u8, flags u8, sequence u16, time u32

const FLAG_STEREO = 0b01;
const FLAG_MUSIC = 0b10;
const KNOWN_FLAGS = FLAG_STEREO | FLAG_MUSIC;

/** 20 ms of one person's sound. */
export interface AudioFrame {
  /** Counts up by one per frame from a sender, wrapping at 65536 (a gap is a lost frame). */
  sequence: number;
  /** The sender's clock in ms when the frame's first sample was heard, wrapping at 2^32 (as pose frames'). */
  time: number;
  stereo: boolean;
  mode: SoundMode;
  /** One Opus packet (1 to 1275 bytes). */
  payload: Uint8Array;
}

export type AudioDecodeResult = { ok: true; frame: AudioFrame } | { ok: false; error: string };

export function encodeAudioFrame(frame: AudioFrame): Uint8Array {
  const length = frame.payload.byteLength;
  if (length < 1 || length > MAX_OPUS_BYTES)
    throw new RangeError(`an Opus packet is 1 to ${MAX_OPUS_BYTES} bytes, not ${length}`);
  const bytes = new Uint8Array(AUDIO_HEADER_BYTES + length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, AUDIO_CODEC_VERSION);
  view.setUint8(1, (frame.stereo ? FLAG_STEREO : 0) | (frame.mode === 'music' ? FLAG_MUSIC : 0));
  view.setUint16(2, frame.sequence & 0xffff, true);
  view.setUint32(4, frame.time >>> 0, true);
  bytes.set(frame.payload, AUDIO_HEADER_BYTES);
  return bytes;
}

/** Checks and reads a frame; the payload is a view into `bytes`. */
export function decodeAudioFrame(bytes: Uint8Array): AudioDecodeResult {
  if (bytes.byteLength < AUDIO_HEADER_BYTES + 1)
    return { ok: false, error: `an audio frame is at least ${AUDIO_HEADER_BYTES + 1} bytes` };
  if (bytes.byteLength > AUDIO_HEADER_BYTES + MAX_OPUS_BYTES)
    return { ok: false, error: `an audio frame is at most ${AUDIO_HEADER_BYTES + MAX_OPUS_BYTES} bytes` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  if (version !== AUDIO_CODEC_VERSION) return { ok: false, error: `unknown audio frame version ${version}` };
  const flags = view.getUint8(1);
  if ((flags & ~KNOWN_FLAGS) !== 0) return { ok: false, error: `unknown audio flags ${flags}` };
  return {
    ok: true,
    frame: {
      sequence: view.getUint16(2, true),
      time: view.getUint32(4, true),
      stereo: (flags & FLAG_STEREO) !== 0,
      mode: (flags & FLAG_MUSIC) !== 0 ? 'music' : 'voice',
      payload: bytes.subarray(AUDIO_HEADER_BYTES),
    },
  };
}

/** What a room sends a listener: the talker's slot (u16), then their frame as they sent it. */
export function encodeVoicePacket(slot: number, frame: Uint8Array): Uint8Array {
  const packet = new Uint8Array(2 + frame.byteLength);
  packet[0] = slot & 0xff;
  packet[1] = (slot >> 8) & 0xff;
  packet.set(frame, 2);
  return packet;
}

export type VoicePacketResult = { ok: true; slot: number; frame: AudioFrame } | { ok: false; error: string };

export function decodeVoicePacket(packet: Uint8Array): VoicePacketResult {
  if (packet.byteLength < 2) return { ok: false, error: 'a voice packet starts with a slot' };
  const slot = (packet[0] ?? 0) | ((packet[1] ?? 0) << 8);
  const result = decodeAudioFrame(packet.subarray(2));
  return result.ok ? { ok: true, slot, frame: result.frame } : result;
}
