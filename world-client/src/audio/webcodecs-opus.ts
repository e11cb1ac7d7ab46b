// Opus through the browser's WebCodecs (AudioEncoder/AudioDecoder), 48 kHz, 20 ms frames.
import { AUDIO_FRAME_MS, AUDIO_SAMPLE_RATE } from '@prostudio/protocol';
import type {
  EncoderSettings,
  FrameDecoder,
  FrameEncoder,
  OnCodecError,
  OnDecoded,
  OnEncoded,
} from './opus-codec.ts';

const FRAME_US = AUDIO_FRAME_MS * 1000;

/** WebCodecs' Opus options, with those TypeScript's DOM library does not list yet (Chromium takes them). */
type OpusOptions = OpusEncoderConfig & {
  application?: 'voip' | 'audio' | 'lowdelay';
  signal?: 'auto' | 'music' | 'voice';
};

/** The encoder, or null when this browser's WebCodecs cannot encode Opus this way. */
export async function createWebCodecsEncoder(
  settings: EncoderSettings,
  onEncoded: OnEncoded,
  onError: OnCodecError,
): Promise<FrameEncoder | null> {
  const base = {
    codec: 'opus',
    sampleRate: AUDIO_SAMPLE_RATE,
    numberOfChannels: settings.channels,
    bitrate: settings.bitrate,
  };
  const voice = settings.mode === 'voice';
  const wanted: OpusOptions = {
    frameDuration: FRAME_US,
    application: voice ? 'voip' : 'audio',
    signal: voice ? 'voice' : 'music',
  };
  // Browsers that do not know `application`/`signal` may refuse them: fall back to the frame length alone.
  let config: AudioEncoderConfig | null = null;
  for (const opus of [wanted, { frameDuration: FRAME_US }]) {
    const candidate: AudioEncoderConfig = { ...base, opus };
    const support = await AudioEncoder.isConfigSupported(candidate).catch(() => null);
    if (support?.supported) {
      config = candidate;
      break;
    }
  }
  if (!config) return null;
  // Chromium stamps each output as if the input had no gaps (its first time stamp plus the samples since), so
  // a frame the sender let go after a stall would put every later stamp 20 ms early, for good: listeners would
  // take the talker for ever later and let the sound go as too old. One 20 ms frame in gives one packet out,
  // in order, so each packet takes the time its frame went in with.
  const times: number[] = [];
  const MAX_PENDING = 10_000_000 / FRAME_US;
  const encoder = new AudioEncoder({
    output: (chunk) => {
      const payload = new Uint8Array(chunk.byteLength);
      chunk.copyTo(payload);
      onEncoded(payload, times.shift() ?? chunk.timestamp / 1000);
    },
    error: (error) => {
      times.length = 0;
      onError(error);
    },
  });
  encoder.configure(config);
  const channels = settings.channels;
  return {
    encode(frame, time) {
      // An encoder that has stopped giving packets without an error keeps no more than ten seconds waiting
      // (far past any slowness under load, which listeners' buffers absorb): later frames are let go, the
      // times staying paired with the frames that went in.
      if (encoder.state !== 'configured' || times.length >= MAX_PENDING) return;
      const length = frame[0]?.length ?? 0;
      const planar = new Float32Array(length * channels);
      for (let c = 0; c < channels; c++) planar.set(frame[Math.min(c, frame.length - 1)] ?? [], c * length);
      const data = new AudioData({
        format: 'f32-planar',
        sampleRate: AUDIO_SAMPLE_RATE,
        numberOfFrames: length,
        numberOfChannels: channels,
        timestamp: Math.round(time * 1000),
        data: planar,
      });
      times.push(time);
      encoder.encode(data);
      data.close();
    },
    close() {
      if (encoder.state !== 'closed') encoder.close();
    },
  };
}

/** The decoder, or null when this browser's WebCodecs cannot decode Opus. */
export async function createWebCodecsDecoder(
  channels: 1 | 2,
  onDecoded: OnDecoded,
  onError: OnCodecError,
): Promise<FrameDecoder | null> {
  const config: AudioDecoderConfig = {
    codec: 'opus',
    sampleRate: AUDIO_SAMPLE_RATE,
    numberOfChannels: channels,
  };
  const support = await AudioDecoder.isConfigSupported(config).catch(() => null);
  if (!support?.supported) return null;
  // Chromium stamps outputs as if packets were contiguous (a lost packet shifts every later time stamp), but
  // gives one output per packet, in order: so the outputs are named by the order the packets went in.
  const order: number[] = [];
  const decoder = new AudioDecoder({
    output: (data) => {
      const sequence = order.shift();
      if (sequence === undefined) {
        data.close();
        return;
      }
      const planes: Float32Array[] = [];
      for (let c = 0; c < data.numberOfChannels; c++) {
        const plane = new Float32Array(data.numberOfFrames);
        data.copyTo(plane, { planeIndex: c, format: 'f32-planar' });
        planes.push(plane);
      }
      data.close();
      onDecoded(sequence, planes);
    },
    error: (error) => {
      order.length = 0;
      onError(error);
    },
  });
  decoder.configure(config);
  return {
    decode(payload, sequence) {
      if (decoder.state !== 'configured') return;
      order.push(sequence);
      decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: sequence * FRAME_US, data: payload }));
    },
    close() {
      if (decoder.state !== 'closed') decoder.close();
    },
  };
}
