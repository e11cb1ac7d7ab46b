// Opus in Node (opusscript: libopus compiled to WebAssembly), for checking the analyses against real
// coding. Test-only; the venue's own coding is WebCodecs in the browser.
import OpusScript from 'opusscript';

import { SAMPLE_RATE } from './signals.ts';

const FRAME = 960; // 20 ms, as the client sends

/**
 * Encodes mono 48 kHz samples at `bitrate` in 20 ms frames and decodes them back; the result starts with
 * the codec's delay (6.5 ms).
 */
export function opusRoundTrip(samples: Float32Array, bitrate = 32_000): Float32Array {
  const encoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.AUDIO);
  const decoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.AUDIO);
  try {
    encoder.setBitrate(bitrate);
    const frames = Math.ceil(samples.length / FRAME);
    const out = new Float32Array(frames * FRAME);
    const pcm = new Int16Array(FRAME);
    for (let f = 0; f < frames; f++) {
      for (let n = 0; n < FRAME; n++) {
        const s = Math.max(-1, Math.min(1, samples[f * FRAME + n] ?? 0));
        pcm[n] = Math.round(s * 32_767);
      }
      const packet = encoder.encode(Buffer.from(pcm.buffer), FRAME);
      const decoded = decoder.decode(packet);
      const view = new Int16Array(decoded.buffer, decoded.byteOffset, decoded.byteLength / 2);
      for (let n = 0; n < FRAME && n < view.length; n++) out[f * FRAME + n] = view[n]! / 32_768;
    }
    return out;
  } finally {
    encoder.delete();
    decoder.delete();
  }
}
