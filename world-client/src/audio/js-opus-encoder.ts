// Sending Opus where the browser has no WebCodecs AudioEncoder: libopus compiled to plain JavaScript by the
// opus-encdec package (one self-contained file: no wasm to host, no eval, so the venue's content security
// policy holds), loaded only when needed. We call libopus's own API on it: 20 ms frames in, one packet out,
// exactly what WebCodecs gives (opus-encdec's Ogg wrapper and resampler are not used).
import { AUDIO_FRAME_MS, AUDIO_SAMPLE_RATE } from '@prostudio/protocol';
import type { EncoderSettings, FrameEncoder, OnCodecError, OnEncoded } from './opus-codec.ts';

/** The part of the emscripten module we use: libopus's encoder functions and the heap they work in. */
interface LibOpus {
  isReady: boolean;
  onready: (() => void) | null;
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _opus_encoder_create(sampleRate: number, channels: number, application: number, error: number): number;
  _opus_encoder_ctl(encoder: number, request: number, value: number): number;
  _opus_encode_float(encoder: number, pcm: number, frameSize: number, out: number, maxBytes: number): number;
  _opus_encoder_destroy(encoder: number): void;
}

/** libopus's constants (opus_defines.h). */
const OPUS_APPLICATION_VOIP = 2048;
const OPUS_APPLICATION_AUDIO = 2049;
const OPUS_SET_BITRATE_REQUEST = 4002;
/** Room for the largest packet libopus makes (the protocol refuses larger than MAX_OPUS_BYTES anyway). */
const MAX_PACKET = 4000;
const FRAME_SAMPLES = (AUDIO_SAMPLE_RATE * AUDIO_FRAME_MS) / 1000;

let library: Promise<LibOpus> | null = null;

/** Loads libopus once per page; resolves when its runtime has started. */
function loadLibOpus(): Promise<LibOpus> {
  library ??= import('opus-encdec/dist/libopus-encoder.js').then(
    (module) =>
      new Promise<LibOpus>((resolve) => {
        const lib = module.default as LibOpus;
        if (lib.isReady) resolve(lib);
        else lib.onready = () => resolve(lib);
      }),
  );
  return library;
}

/** Calls one of libopus's integer settings (opus_encoder_ctl takes a pointer to it in this build). */
function setInteger(lib: LibOpus, encoder: number, request: number, value: number): void {
  const pointer = lib._malloc(4);
  lib.HEAP32[pointer >> 2] = value;
  lib._opus_encoder_ctl(encoder, request, pointer);
  lib._free(pointer);
}

export async function createJsEncoder(
  settings: EncoderSettings,
  onEncoded: OnEncoded,
  onError: OnCodecError,
): Promise<FrameEncoder> {
  const lib = await loadLibOpus();
  const { channels } = settings;
  const status = lib._malloc(4);
  const application = settings.mode === 'voice' ? OPUS_APPLICATION_VOIP : OPUS_APPLICATION_AUDIO;
  const encoder = lib._opus_encoder_create(AUDIO_SAMPLE_RATE, channels, application, status);
  const failed = lib.HEAP32[status >> 2] ?? -1;
  lib._free(status);
  if (!encoder || failed !== 0)
    throw new Error(`Could not start the Opus encoder (libopus error ${failed}).`);
  setInteger(lib, encoder, OPUS_SET_BITRATE_REQUEST, settings.bitrate);
  const pcm = lib._malloc(FRAME_SAMPLES * channels * 4);
  const out = lib._malloc(MAX_PACKET);
  let open = true;
  return {
    encode(frame, time) {
      if (!open) return;
      // Interleaved into the heap (looked up each time: the heap's views change if memory grows).
      const samples = lib.HEAPF32.subarray(pcm >> 2, (pcm >> 2) + FRAME_SAMPLES * channels);
      for (let c = 0; c < channels; c++) {
        const channel = frame[c] ?? frame[0];
        if (!channel) return;
        for (let i = 0; i < FRAME_SAMPLES; i++) samples[i * channels + c] = channel[i] ?? 0;
      }
      const length = lib._opus_encode_float(encoder, pcm, FRAME_SAMPLES, out, MAX_PACKET);
      if (length < 0) {
        onError(new Error(`The Opus encoder refused a frame (libopus error ${length}).`));
        return;
      }
      onEncoded(lib.HEAPU8.slice(out, out + length), time);
    },
    close() {
      if (!open) return;
      open = false;
      lib._opus_encoder_destroy(encoder);
      lib._free(pcm);
      lib._free(out);
    },
  };
}
