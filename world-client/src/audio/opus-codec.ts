// Opus in and out of 20 ms frames, behind one small interface: the browser's WebCodecs where it has them
// (Chromium, Firefox, Safari 26), else libopus from npm, loaded only then: a wasm decoder (opus-decoder) for
// hearing, a JavaScript build (opus-encdec) for sending.
import type { SoundMode } from '@prostudio/protocol';

/** Encodes 20 ms frames; `onEncoded` gets each Opus packet with its first sample's time (ms). */
export interface FrameEncoder {
  encode(channels: readonly Float32Array[], time: number): void;
  close(): void;
}

/** Decodes one talker's Opus packets in order; `onDecoded` gets each frame's sequence number and samples. */
export interface FrameDecoder {
  decode(payload: Uint8Array, sequence: number): void;
  close(): void;
}

export type OnEncoded = (payload: Uint8Array, time: number) => void;
export type OnDecoded = (sequence: number, channels: Float32Array[]) => void;
export type OnCodecError = (error: Error) => void;

export interface EncoderSettings {
  channels: 1 | 2;
  bitrate: number;
  mode: SoundMode;
}

/** Whether this browser has WebCodecs audio at all. */
export function hasWebCodecsAudio(): boolean {
  return typeof AudioEncoder !== 'undefined' && typeof AudioDecoder !== 'undefined';
}

/** An Opus encoder: WebCodecs, else the JavaScript fallback. */
export async function createEncoder(
  settings: EncoderSettings,
  onEncoded: OnEncoded,
  onError: OnCodecError,
): Promise<FrameEncoder> {
  if (typeof AudioEncoder !== 'undefined') {
    const { createWebCodecsEncoder } = await import('./webcodecs-opus.ts');
    const encoder = await createWebCodecsEncoder(settings, onEncoded, onError);
    if (encoder) return encoder;
  }
  const { createJsEncoder } = await import('./js-opus-encoder.ts');
  return createJsEncoder(settings, onEncoded, onError);
}

/** An Opus decoder for one talker's `channels`-channel stream: WebCodecs, else the wasm fallback. */
export async function createDecoder(
  channels: 1 | 2,
  onDecoded: OnDecoded,
  onError: OnCodecError,
): Promise<FrameDecoder> {
  if (typeof AudioDecoder !== 'undefined') {
    const { createWebCodecsDecoder } = await import('./webcodecs-opus.ts');
    const decoder = await createWebCodecsDecoder(channels, onDecoded, onError);
    if (decoder) return decoder;
  }
  const { createWasmDecoder } = await import('./wasm-opus-decoder.ts');
  return createWasmDecoder(channels, onDecoded, onError);
}
