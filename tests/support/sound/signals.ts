// Test sounds at 48 kHz, and the WAV files that carry them into Chromium's fake microphone
// (`--use-file-for-fake-audio-capture`). Pure: no files are touched except by writeWav.
import { writeFileSync } from 'node:fs';

export const SAMPLE_RATE = 48_000;

/** One tone burst: its own frequency, so a recording tells which burst it heard. */
export interface ToneBurst {
  /** When the burst reaches half its amplitude (its onset), in seconds from the start of the sound. */
  readonly startS: number;
  readonly durationS: number;
  readonly frequencyHz: number;
}

export interface BurstTrainOptions {
  readonly count: number;
  /** Onset of the first burst (s); leave a little silence before it. */
  readonly firstS?: number;
  readonly periodS?: number;
  readonly durationS?: number;
  /** Frequencies step from baseHz by stepHz and wrap below maxHz, so neighbours always differ. */
  readonly baseHz?: number;
  readonly stepHz?: number;
  readonly maxHz?: number;
}

/** A regular train of bursts, each at a frequency its neighbours do not share. */
export function burstTrain(options: BurstTrainOptions): ToneBurst[] {
  const { count, firstS = 0.25, periodS = 0.5, durationS = 0.15 } = options;
  const { baseHz = 440, stepHz = 170, maxHz = 3_400 } = options;
  const slots = Math.max(2, Math.floor((maxHz - baseHz) / stepHz) + 1);
  return Array.from({ length: count }, (_, i) => ({
    startS: firstS + i * periodS,
    durationS,
    frequencyHz: baseHz + (i % slots) * stepHz,
  }));
}

export interface RenderOptions {
  readonly lengthS: number;
  readonly amplitude?: number;
  /** Raised-cosine ramp length (s), centred on each burst's edges: no click, and a sharp onset. */
  readonly rampS?: number;
  readonly sampleRate?: number;
}

/** Renders bursts into silence. Each burst is at half amplitude exactly at its startS. */
export function renderBursts(bursts: readonly ToneBurst[], options: RenderOptions): Float32Array {
  const { lengthS, amplitude = 0.5, rampS = 0.002, sampleRate = SAMPLE_RATE } = options;
  const out = new Float32Array(Math.round(lengthS * sampleRate));
  for (const burst of bursts) {
    const from = Math.max(0, Math.floor((burst.startS - rampS / 2) * sampleRate));
    const to = Math.min(out.length, Math.ceil((burst.startS + burst.durationS + rampS / 2) * sampleRate));
    for (let n = from; n < to; n++) {
      const t = n / sampleRate;
      const envelope = edge((t - burst.startS) / rampS) * edge((burst.startS + burst.durationS - t) / rampS);
      out[n] =
        out[n]! + amplitude * envelope * Math.sin(2 * Math.PI * burst.frequencyHz * (t - burst.startS));
    }
  }
  return out;
}

/** 0 before −½, 1 after +½, a raised cosine between (½ at 0). */
function edge(x: number): number {
  if (x <= -0.5) return 0;
  if (x >= 0.5) return 1;
  return 0.5 - 0.5 * Math.cos(Math.PI * (x + 0.5));
}

export interface ChirpOptions {
  readonly lengthS: number;
  readonly fromHz?: number;
  readonly toHz?: number;
  readonly kind?: 'linear' | 'exponential';
  readonly amplitude?: number;
  /** Fade in and out (s), so the ends do not click. */
  readonly fadeS?: number;
  readonly sampleRate?: number;
}

/** A sweep whose autocorrelation has one sharp peak: the reference for finding a lag. */
export function chirp(options: ChirpOptions): Float32Array {
  const { lengthS, fromHz = 200, toHz = 8_000, kind = 'exponential' } = options;
  const { amplitude = 0.5, fadeS = 0.01, sampleRate = SAMPLE_RATE } = options;
  const out = new Float32Array(Math.round(lengthS * sampleRate));
  const k = Math.log(toHz / fromHz) / lengthS;
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRate;
    // The phase is the integral of the instantaneous frequency.
    const phase =
      kind === 'linear'
        ? 2 * Math.PI * (fromHz * t + ((toHz - fromHz) / (2 * lengthS)) * t * t)
        : (2 * Math.PI * fromHz * (Math.exp(k * t) - 1)) / k;
    const fade = Math.min(1, t / fadeS, (lengthS - t) / fadeS);
    out[n] = amplitude * Math.max(0, fade) * Math.sin(phase);
  }
  return out;
}

/** Silence of the given length, to pad sounds (and to let a looping fake microphone breathe). */
export const silence = (seconds: number, sampleRate = SAMPLE_RATE): Float32Array =>
  new Float32Array(Math.round(seconds * sampleRate));

/** Joins sounds end to end. */
export function concat(...parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A 16-bit PCM WAV (RIFF, `fmt ` of 16 bytes, then `data`): the plain form Chromium's fake
 * microphone reads; it resamples other rates to the device's, but 48 kHz spares that. Samples are
 * clipped to [−1, 1]. Pass one array for mono, two (of equal length) for stereo.
 */
export function encodeWav(
  channels: Float32Array | readonly Float32Array[],
  sampleRate = SAMPLE_RATE,
): Uint8Array {
  const list = channels instanceof Float32Array ? [channels] : channels;
  const frames = list[0]?.length ?? 0;
  if (list.length === 0 || list.some((c) => c.length !== frames)) {
    throw new Error('encodeWav: give one or more channels, all of the same length.');
  }
  const blockAlign = list.length * 2;
  const bytes = new Uint8Array(44 + frames * blockAlign);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) =>
    [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, list.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, frames * blockAlign, true);
  for (let n = 0; n < frames; n++) {
    list.forEach((channel, c) => {
      const s = Math.max(-1, Math.min(1, channel[n] ?? 0));
      view.setInt16(44 + n * blockAlign + c * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
    });
  }
  return bytes;
}

/** Writes a 16-bit PCM WAV file (see encodeWav). */
export function writeWav(
  path: string,
  channels: Float32Array | readonly Float32Array[],
  sampleRate = SAMPLE_RATE,
) {
  writeFileSync(path, encodeWav(channels, sampleRate));
}

export interface DecodedWav {
  readonly sampleRate: number;
  readonly channels: Float32Array[];
}

/** Reads a 16-bit PCM WAV (ours, espeak-ng's or sox's), skipping chunks other than `fmt ` and `data`. */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('decodeWav: not a RIFF/WAVE file.');
  let format: { channels: number; sampleRate: number; bits: number; code: number } | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (tag(at) === 'fmt ') {
      format = {
        code: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (tag(at) === 'data') {
      // 0xfffe (WAVE_FORMAT_EXTENSIBLE) is how some tools label plain PCM with more than two channels.
      if (!format || format.bits !== 16 || (format.code !== 1 && format.code !== 0xfffe)) {
        throw new Error('decodeWav: only 16-bit PCM is read; convert with `sox in.wav -b 16 out.wav`.');
      }
      // espeak-ng writing to a pipe leaves the size unset (0 or 0xffffffff): read to the end then.
      const end = size === 0 || body + size > bytes.length ? bytes.length : body + size;
      const frames = Math.floor((end - body) / (2 * format.channels));
      const channels = Array.from({ length: format.channels }, () => new Float32Array(frames));
      for (let n = 0; n < frames; n++) {
        for (let c = 0; c < format.channels; c++) {
          channels[c]![n] = view.getInt16(body + (n * format.channels + c) * 2, true) / 0x8000;
        }
      }
      return { sampleRate: format.sampleRate, channels };
    }
    at = body + size + (size % 2);
  }
  throw new Error('decodeWav: no data chunk.');
}
