// The instruments, one per device type of core/devices.ts. Each note is a few native Web Audio nodes made
// when it is scheduled and stopped when it ends (an oscillator, a filter and a gain for a subtractive
// note): a note costs the render only while it sounds. Tone's synths keep a dozen nodes running per voice
// whether it plays or not, which held a 16-track export to 1.4× real time against a bar of 20×. Tone still
// carries the mix (mix-graph.ts). Every sound is made in code, the same on every render: nothing is
// downloaded, and noise comes from a seeded generator.
import * as Tone from 'tone';
import { seededRandom } from '@prostudio/protocol';

import type { Device } from '../core/project.ts';
import { envelopePoints, soundingFor, type Adsr, type EnvelopePoint } from './envelope.ts';

export interface Instrument {
  readonly output: Tone.Gain;
  /** Plays `pitch` (MIDI) from `time` for `duration` seconds at `velocity` (0–1). */
  play(pitch: number, time: number, duration: number, velocity: number): void;
  /** Takes the device's parameters (by id, as core/devices.ts names them). */
  set(params: Readonly<Record<string, number>>): void;
  /** Silences everything sounding from `time` on. */
  silence(time: number): void;
  dispose(): void;
}

type Params = Readonly<Record<string, number>>;

const WAVES = ['sine', 'triangle', 'sawtooth', 'square'] as const;
const hz = (pitch: number) => 440 * 2 ** ((pitch - 69) / 12);

/** What a kind of instrument does for one note, given where its sound goes. */
type NoteMaker = (note: NoteContext) => Sounding | null;

interface NoteContext {
  readonly raw: BaseAudioContext;
  readonly out: AudioNode;
  readonly params: Params;
  readonly pitch: number;
  readonly time: number;
  readonly duration: number;
  readonly velocity: number;
  readonly noise: AudioBuffer;
  readonly previous: Sounding | undefined;
}

/** A note's nodes while it sounds. */
interface Sounding {
  readonly sources: readonly AudioScheduledSourceNode[];
  readonly amp: GainNode;
  readonly start: number;
  readonly end: number;
  readonly pitch: number;
  readonly envelope: readonly EnvelopePoint[];
}

/** An instrument of `device`'s type on `context`. */
export function createInstrument(context: Tone.BaseContext, device: Device): Instrument {
  const maker = MAKERS[device.type];
  if (!maker) throw new Error(`There is no instrument "${device.type}".`);
  return new NoteInstrument(context, maker, device.params);
}

class NoteInstrument implements Instrument {
  readonly output: Tone.Gain;
  private params: Params;
  private sounding: Sounding[] = [];
  private readonly raw: BaseAudioContext;
  private readonly noise: AudioBuffer;

  private readonly maker: NoteMaker;

  constructor(context: Tone.BaseContext, maker: NoteMaker, params: Params) {
    this.maker = maker;
    this.output = new Tone.Gain({ context, gain: 0.5 });
    this.raw = context.rawContext as BaseAudioContext;
    this.noise = noiseBuffer(this.raw);
    this.params = { ...params };
  }

  play(pitch: number, time: number, duration: number, velocity: number): void {
    this.sounding = this.sounding.filter((note) => note.end > time);
    const note = this.maker({
      raw: this.raw,
      out: this.output.input,
      params: this.params,
      pitch,
      time,
      duration: Math.max(0.001, duration),
      velocity,
      noise: this.noise,
      previous: this.sounding.at(-1),
    });
    if (note) this.sounding.push(note);
  }

  set(params: Params): void {
    this.params = { ...this.params, ...params };
  }

  silence(time: number): void {
    for (const note of this.sounding) cut(note, time);
    this.sounding = [];
  }

  dispose(): void {
    this.silence(this.raw.currentTime);
    this.output.dispose();
  }
}

// Nodes by the context's factory methods, not constructors: a context wrapped by standardized-audio-context
// (Tone's own contexts) is not a native BaseAudioContext, and native constructors refuse it.
function oscillator(raw: BaseAudioContext, frequency: number, type: OscillatorType = 'sine'): OscillatorNode {
  const node = raw.createOscillator();
  node.type = type;
  node.frequency.value = frequency;
  return node;
}

function gain(raw: BaseAudioContext, value = 0): GainNode {
  const node = raw.createGain();
  node.gain.value = value;
  return node;
}

function biquad(
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

function bufferSource(
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
function schedule(
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
function cut(note: Sounding, time: number): void {
  if (note.end <= time) return;
  const at = Math.max(time, note.start);
  const level = valueAt(note.envelope, at - note.start);
  note.amp.gain.cancelScheduledValues(at);
  note.amp.gain.setValueAtTime(level, at);
  note.amp.gain.linearRampToValueAtTime(0, at + 0.01);
  for (const source of note.sources) source.stop(at + 0.02);
}

const adsrOf = (p: Params, fallback: Adsr): Adsr => ({
  attack: p.attack ?? fallback.attack,
  decay: p.decay ?? fallback.decay,
  sustain: p.sustain ?? fallback.sustain,
  release: p.release ?? fallback.release,
});

/** Oscillator → low-pass filter (with its own envelope) → amplifier. Mono (`glide`) cuts the previous note. */
function subtractive(mono: boolean): NoteMaker {
  return ({ raw, out, params, pitch, time, duration, velocity, previous }) => {
    const adsr = adsrOf(params, { attack: 0.01, decay: 0.3, sustain: 0.6, release: 0.5 });
    const osc = oscillator(raw, hz(pitch), WAVES[Math.round(params.wave ?? 2)] ?? 'sawtooth');
    const glide = params.glide ?? 0;
    if (mono && previous && previous.end > time) {
      cut(previous, time);
      if (glide > 0) {
        osc.frequency.setValueAtTime(hz(previous.pitch), time);
        osc.frequency.exponentialRampToValueAtTime(hz(pitch), time + glide);
      }
    }
    const cutoff = params.cutoff ?? 2000;
    const filter = biquad(raw, 'lowpass', cutoff, params.resonance ?? 1);
    const sweep = envelopePoints(adsr, duration, 1);
    const octaves = params.envAmount ?? 0;
    // Swept once a render quantum, not every sample: a filter's coefficients per sample cost more than the
    // rest of the note, and a 2.7 ms step in a filter sweep is not heard.
    filter.frequency.automationRate = 'k-rate';
    if (octaves > 0)
      schedule(filter.frequency, time, sweep, Math.min(20_000, cutoff * 2 ** octaves) - cutoff, cutoff);
    const amp = gain(raw);
    const envelope = envelopePoints(adsr, duration, velocity);
    schedule(amp.gain, time, envelope);
    osc.connect(filter).connect(amp).connect(out);
    osc.start(time);
    const end = time + soundingFor(adsr, duration);
    osc.stop(end);
    return { sources: [osc], amp, start: time, end, pitch, envelope };
  };
}

/** Two sine oscillators, one modulating the other's frequency (harmonicity × the note, depth by index). */
const fm: NoteMaker = ({ raw, out, params, pitch, time, duration, velocity }) => {
  const adsr = adsrOf(params, { attack: 0.01, decay: 0.2, sustain: 0.5, release: 1 });
  const f = hz(pitch);
  const ratio = params.harmonicity ?? 3;
  const carrier = oscillator(raw, f);
  const modulator = oscillator(raw, f * ratio);
  const depth = gain(raw, f * ratio * (params.modulationIndex ?? 10) * 0.1);
  modulator.connect(depth).connect(carrier.frequency);
  const amp = gain(raw);
  const envelope = envelopePoints(adsr, duration, velocity);
  schedule(amp.gain, time, envelope);
  carrier.connect(amp).connect(out);
  const end = time + soundingFor(adsr, duration);
  for (const source of [carrier, modulator]) {
    source.start(time);
    source.stop(end);
  }
  return { sources: [carrier, modulator], amp, start: time, end, pitch, envelope };
};

/** A drum's amplifier: up at once, then an exponential-like fall over `decay` seconds. */
function hit(
  raw: BaseAudioContext,
  time: number,
  velocity: number,
  decay: number,
): { amp: GainNode; envelope: EnvelopePoint[] } {
  const amp = gain(raw);
  const envelope = [
    { time: 0, value: 0 },
    { time: 0.002, value: velocity },
    { time: 0.002 + decay * 0.3, value: velocity * 0.25 },
    { time: 0.002 + decay, value: 0 },
  ];
  schedule(amp.gain, time, envelope);
  return { amp, envelope };
}

/** Filtered noise through a drum's amplifier. */
function noiseHit(
  note: NoteContext,
  filterType: BiquadFilterType,
  frequency: number,
  decay: number,
  level = 1,
): Sounding {
  const { raw, out, time, velocity, noise, pitch } = note;
  const source = bufferSource(raw, noise, 1, true);
  const filter = biquad(raw, filterType, frequency, filterType === 'bandpass' ? 0.8 : 0.7);
  const { amp, envelope } = hit(raw, time, velocity * level, decay);
  source.connect(filter).connect(amp).connect(out);
  const end = time + decay + 0.01;
  // Each hit starts somewhere else in the noise, the same on every render.
  source.start(time, (pitch * 0.137 + time * 7.3) % 0.9);
  source.stop(end);
  return { sources: [source], amp, start: time, end, pitch, envelope };
}

/** A sine whose pitch drops from `from` to `to` Hz (kick, toms). */
function pitchedHit(note: NoteContext, from: number, to: number, drop: number, decay: number): Sounding {
  const { raw, out, time, velocity, pitch } = note;
  const osc = oscillator(raw, from);
  osc.frequency.setValueAtTime(from, time);
  osc.frequency.exponentialRampToValueAtTime(to, time + drop);
  const { amp, envelope } = hit(raw, time, velocity, decay);
  osc.connect(amp).connect(out);
  const end = time + decay + 0.01;
  osc.start(time);
  osc.stop(end);
  return { sources: [osc], amp, start: time, end, pitch, envelope };
}

/** The drum kit on General MIDI's pads (core/devices.ts DRUM_PADS); other pitches fall on the nearest. */
const drums: NoteMaker = (note) => {
  const p = note.params;
  const pads = [36, 38, 39, 42, 45, 46, 48, 49];
  const pad = pads.reduce((best, candidate) =>
    Math.abs(candidate - note.pitch) < Math.abs(best - note.pitch) ? candidate : best,
  );
  const kick = p.kickTune ?? 48;
  const tom = (p.tomTune ?? 110) * (pad === 48 ? 1.5 : 1);
  switch (pad) {
    case 36:
      return pitchedHit(note, kick * 5, kick, 0.05, p.kickDecay ?? 0.45);
    case 38:
      return noiseHit(note, 'bandpass', p.snareTone ?? 3000, p.snareDecay ?? 0.18);
    case 39:
      return noiseHit(note, 'bandpass', 1500, 0.15, 0.9);
    case 42:
      return noiseHit(note, 'highpass', 7000, p.hatDecay ?? 0.06, 0.5);
    case 46:
      return noiseHit(note, 'highpass', 7000, Math.max(note.duration, (p.hatDecay ?? 0.06) * 5), 0.4);
    case 49:
      return noiseHit(note, 'highpass', 5000, 1.2, 0.35);
    default:
      return pitchedHit(note, tom * 1.5, tom, 0.08, 0.3);
  }
};

/** The sampler: its built-in pluck (Karplus-Strong, made here), played at the note's pitch from its root. */
const plucks = new WeakMap<BaseAudioContext, AudioBuffer>();
const sampler: NoteMaker = ({ raw, out, params, pitch, time, duration, velocity }) => {
  let buffer = plucks.get(raw);
  if (!buffer) {
    const samples = karplusStrong(hz(60), 1.5, raw.sampleRate);
    buffer = raw.createBuffer(1, samples.length, raw.sampleRate);
    buffer.copyToChannel(samples, 0);
    plucks.set(raw, buffer);
  }
  const adsr = { attack: params.attack ?? 0.005, decay: 0.01, sustain: 1, release: params.release ?? 0.5 };
  const source = bufferSource(raw, buffer, 2 ** ((pitch - (params.root ?? 60)) / 12));
  const amp = gain(raw);
  const envelope = envelopePoints(adsr, duration, velocity);
  schedule(amp.gain, time, envelope);
  source.connect(amp).connect(out);
  const end = time + soundingFor(adsr, duration);
  source.start(time);
  source.stop(end);
  return { sources: [source], amp, start: time, end, pitch, envelope };
};

const MAKERS: Record<string, NoteMaker> = {
  poly: subtractive(false),
  bass: subtractive(true),
  fm,
  drums,
  sampler,
};

/** One second of white noise from a fixed seed, per context (drums' snares, hats, claps and cymbals). */
const noises = new WeakMap<BaseAudioContext, AudioBuffer>();
function noiseBuffer(raw: BaseAudioContext): AudioBuffer {
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

/** A plucked string of `frequency` Hz for `seconds` (Karplus-Strong: a noise burst through a damped delay loop). */
export function karplusStrong(
  frequency: number,
  seconds: number,
  sampleRate: number,
): Float32Array<ArrayBuffer> {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const period = Math.max(2, Math.round(sampleRate / frequency));
  const loop = new Float32Array(period);
  const random = seededRandom(1);
  for (let i = 0; i < period; i++) loop[i] = random() * 2 - 1;
  for (let i = 0; i < out.length; i++) {
    const j = i % period;
    const value = loop[j] ?? 0;
    out[i] = value * 0.5;
    loop[j] = 0.996 * 0.5 * (value + (loop[(j + 1) % period] ?? 0));
  }
  return out;
}
