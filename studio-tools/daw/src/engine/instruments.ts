// The instruments, one per device type of core/devices.ts. Each note is a few native Web Audio nodes made
// when it is scheduled and stopped when it ends (an oscillator, a filter and a gain for a subtractive
// note): a note costs the render only while it sounds. Tone's synths keep a dozen nodes running per voice
// whether it plays or not, which held a 16-track export to 1.4× real time against a bar of 20×. Tone still
// carries the mix (mix-graph.ts). Every sound is made in code, the same on every render: nothing is
// downloaded, and noise comes from a seeded generator.
import * as Tone from 'tone';
import { seededRandom } from '@prostudio/protocol';

import type { Device, Sample } from '../core/project.ts';
import { drums } from './drum-voices.ts';
import { envelopePoints, soundingFor, type Adsr } from './envelope.ts';
import {
  biquad,
  bufferSource,
  cut,
  gain,
  hz,
  noiseBuffer,
  oscillator,
  schedule,
  WAVES,
  type NoteMaker,
  type Params,
  type Sounding,
} from './note-nodes.ts';

export interface Instrument {
  readonly output: Tone.Gain;
  /** Plays `pitch` (MIDI) from `time` for `duration` seconds at `velocity` (0–1). */
  play(pitch: number, time: number, duration: number, velocity: number): void;
  /** Takes the device's parameters (by id, as core/devices.ts names them). */
  set(params: Readonly<Record<string, number>>): void;
  /** Takes the track's own sample (the sampler plays it instead of its pluck), or none. */
  setSample(sample: Sample | undefined): void;
  /** Silences everything sounding from `time` on. */
  silence(time: number): void;
  dispose(): void;
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
  private sample: { pcm: Int16Array; sampleRate: number; buffer: AudioBuffer } | null = null;

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
      sample: this.sample?.buffer ?? null,
      previous: this.sounding.at(-1),
    });
    if (note) this.sounding.push(note);
  }

  set(params: Params): void {
    this.params = { ...this.params, ...params };
  }

  setSample(sample: Sample | undefined): void {
    if (!sample) {
      this.sample = null;
      return;
    }
    // The song is read anew on every edit: the buffer is made again only when the sound is another.
    const known = this.sample;
    if (known && known.sampleRate === sample.sampleRate && sameSamples(known.pcm, sample.pcm)) return;
    const buffer = this.raw.createBuffer(1, Math.max(1, sample.pcm.length), sample.sampleRate);
    buffer.copyToChannel(
      Float32Array.from(sample.pcm, (value) => value / 32_768),
      0,
    );
    this.sample = { pcm: sample.pcm, sampleRate: sample.sampleRate, buffer };
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

function sameSamples(a: Int16Array, b: Int16Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The sampler: the track's own sample, or its built-in pluck (Karplus-Strong, made here), played at the
 * note's pitch from its root note.
 */
const plucks = new WeakMap<BaseAudioContext, AudioBuffer>();
const sampler: NoteMaker = ({ raw, out, params, pitch, time, duration, velocity, sample }) => {
  let buffer = sample ?? plucks.get(raw);
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
