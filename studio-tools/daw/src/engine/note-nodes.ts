// The pieces every instrument's notes are made of: what a note is while it sounds, native nodes made by the
// context's factory methods, envelopes ramped onto audio params, a note cut short, and the seeded noise the
// drums play. Shared by instruments.ts and drum-voices.ts.
import { seededRandom } from '@prostudio/protocol';

import type { EnvelopePoint } from './envelope.ts';

export type Params = Readonly<Record<string, number>>;

export const WAVES = ['sine', 'triangle', 'sawtooth', 'square'] as const;
export const hz = (pitch: number) => 440 * 2 ** ((pitch - 69) / 12);

/** What a kind of instrument does for one note, given where its sound goes. */
export type NoteMaker = (note: NoteContext) => Sounding | null;

export interface NoteContext {
  readonly raw: BaseAudioContext;
  readonly out: AudioNode;
  readonly params: Params;
  readonly pitch: number;
  readonly time: number;
  readonly duration: number;
  readonly velocity: number;
  readonly noise: AudioBuffer;
  /** The track's own sample, for the sampler. */
  readonly sample: AudioBuffer | null;
  readonly previous: Sounding | undefined;
}

/** A note's nodes while it sounds. */
export interface Sounding {
  readonly sources: readonly AudioScheduledSourceNode[];
  readonly amp: GainNode;
  readonly start: number;
  readonly end: number;
  readonly pitch: number;
  readonly envelope: readonly EnvelopePoint[];
}

// Nodes by the context's factory methods, not constructors: a context wrapped by standardized-audio-context
// (Tone's own contexts) is not a native BaseAudioContext, and native constructors refuse it.
export function oscillator(
  raw: BaseAudioContext,
  frequency: number,
  type: OscillatorType = 'sine',
): OscillatorNode {
  const node = raw.createOscillator();
  node.type = type;
  node.frequency.value = frequency;
  return node;
}

export function gain(raw: BaseAudioContext, value = 0): GainNode {
  const node = raw.createGain();
  node.gain.value = value;
  return node;
}

export function biquad(
  raw: BaseAudioContext,
  type: BiquadFilterType,
  frequency: number,
  q: number,
): BiquadFilterNode {
  const node = raw.createBiquadFilter();
  node.type = type;
  node.frequency.value = frequency;
  node.Q.value = q;
  return node;
}

export function bufferSource(
  raw: BaseAudioContext,
  buffer: AudioBuffer,
  playbackRate = 1,
  loop = false,
): AudioBufferSourceNode {
  const node = raw.createBufferSource();
  node.buffer = buffer;
  node.playbackRate.value = playbackRate;
  node.loop = loop;
  return node;
}

/** Ramps `param` through `points` (times from `start`), each value times `scale`. */
export function schedule(
  param: AudioParam,
  start: number,
  points: readonly EnvelopePoint[],
  scale = 1,
  offset = 0,
): void {
  const [first, ...rest] = points;
  param.setValueAtTime(offset + (first?.value ?? 0) * scale, start + (first?.time ?? 0));
  for (const point of rest) param.linearRampToValueAtTime(offset + point.value * scale, start + point.time);
}

/** The envelope's value `at` seconds from its start. */
function valueAt(points: readonly EnvelopePoint[], at: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (at <= b.time)
      return a.value + (b.value - a.value) * ((at - a.time) / Math.max(1e-9, b.time - a.time));
  }
  return points.at(-1)?.value ?? 0;
}

/** Ends `note` quickly at `time` (a mono instrument's next note, or a stop). */
export function cut(note: Sounding, time: number): void {
  if (note.end <= time) return;
  const at = Math.max(time, note.start);
  const level = valueAt(note.envelope, at - note.start);
  note.amp.gain.cancelScheduledValues(at);
  note.amp.gain.setValueAtTime(level, at);
  note.amp.gain.linearRampToValueAtTime(0, at + 0.01);
  for (const source of note.sources) source.stop(at + 0.02);
}

/** One second of white noise from a fixed seed, per context (drums' snares, hats, claps and cymbals). */
const noises = new WeakMap<BaseAudioContext, AudioBuffer>();
export function noiseBuffer(raw: BaseAudioContext): AudioBuffer {
  const known = noises.get(raw);
  if (known) return known;
  const buffer = raw.createBuffer(1, raw.sampleRate, raw.sampleRate);
  const data = new Float32Array(raw.sampleRate);
  const random = seededRandom(12_345);
  for (let i = 0; i < data.length; i++) data[i] = random() * 2 - 1;
  buffer.copyToChannel(data, 0);
  noises.set(raw, buffer);
  return buffer;
}
