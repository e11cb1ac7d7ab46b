// Hearing Opus where the browser has no WebCodecs audio: the opus-decoder package (libopus in wasm, inlined
// in its JavaScript, so nothing else to host), loaded only when needed.
import type { FrameDecoder, OnCodecError, OnDecoded } from './opus-codec.ts';

export async function createWasmDecoder(
  channels: 1 | 2,
  onDecoded: OnDecoded,
  onError: OnCodecError,
): Promise<FrameDecoder> {
  const { OpusDecoder } = await import('opus-decoder');
  const decoder = new OpusDecoder({ channels, sampleRate: 48_000, preSkip: 0 });
  await decoder.ready;
  let open = true;
  return {
    decode(payload, sequence) {
      if (!open) return;
      try {
        const { channelData, samplesDecoded, errors } = decoder.decodeFrame(payload);
        if (errors.length > 0 || samplesDecoded === 0) return;
        onDecoded(
          sequence,
          channelData.map((channel) => channel.slice(0, samplesDecoded)),
        );
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {
      if (open) decoder.free();
      open = false;
    },
  };
}
