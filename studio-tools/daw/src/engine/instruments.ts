// The instruments on Tone.js, one per device type of core/devices.ts. Every note is scheduled at once at its
// exact time on a voice of its own (see voice-allocator.ts), so the same code plays live, renders offline,
// and plays a listener's copy of a live set. Sounds are made in code: nothing is downloaded.
import * as Tone from 'tone';

import { DRUM_PADS } from '../core/devices.ts';
import type { Device } from '../core/project.ts';
import { VoiceAllocator } from './voice-allocator.ts';

export interface Instrument {
  readonly output: Tone.ToneAudioNode;
  /** Plays `pitch` (MIDI) from `time` for `duration` seconds at `velocity` (0–1). */
  play(pitch: number, time: number, duration: number, velocity: number): void;
  /** Takes the device's parameters (by id, as core/devices.ts names them). */
  set(params: Readonly<Record<string, number>>): void;
  /** Silences everything from `time` on. */
  silence(time: number): void;
  dispose(): void;
}

const WAVES = ['sine', 'triangle', 'sawtooth', 'square'] as const;
const POLYPHONY = 8;
const frequency = (pitch: number) => Tone.Frequency(pitch, 'midi').toFrequency();
const wave = (index: number | undefined) => WAVES[Math.round(index ?? 2)] ?? 'sawtooth';

/** An instrument of `device`'s type on `context`. */
export function createInstrument(context: Tone.BaseContext, device: Device): Instrument {
  switch (device.type) {
    case 'poly':
      return voiced(context, POLYPHONY, () => new Tone.MonoSynth({ context }), subtractive, device.params);
    case 'bass':
      return voiced(context, 1, () => new Tone.MonoSynth({ context }), subtractive, device.params);
    case 'fm':
      return voiced(context, POLYPHONY, () => new Tone.FMSynth({ context }), fm, device.params);
    case 'drums':
      return drumKit(context, device.params);
    case 'sampler':
      return pluck(context, device.params);
    default:
      throw new Error(`There is no instrument "${device.type}".`);
  }
}

type Voice = Tone.MonoSynth | Tone.FMSynth;

function subtractive(voice: Voice, params: Readonly<Record<string, number>>): void {
  if (!(voice instanceof Tone.MonoSynth)) return;
  voice.set({
    oscillator: { type: wave(params.wave) },
    envelope: envelopeOf(params),
    filter: { Q: params.resonance ?? 1 },
    filterEnvelope: { baseFrequency: params.cutoff ?? 2000, octaves: params.envAmount ?? 2 },
    portamento: params.glide ?? 0,
  });
}

function fm(voice: Voice, params: Readonly<Record<string, number>>): void {
  if (!(voice instanceof Tone.FMSynth)) return;
  voice.set({
    harmonicity: params.harmonicity ?? 3,
    modulationIndex: params.modulationIndex ?? 10,
    envelope: envelopeOf(params),
  });
}

function envelopeOf(params: Readonly<Record<string, number>>) {
  return {
    attack: params.attack ?? 0.01,
    decay: params.decay ?? 0.2,
    sustain: params.sustain ?? 0.5,
    release: params.release ?? 0.5,
  };
}

/** A polyphonic instrument of `count` monophonic voices, each note given a voice by the allocator. */
function voiced(
  context: Tone.BaseContext,
  count: number,
  make: () => Voice,
  apply: (voice: Voice, params: Readonly<Record<string, number>>) => void,
  initial: Readonly<Record<string, number>>,
): Instrument {
  const output = new Tone.Gain({ context, gain: count > 1 ? 0.5 : 0.8 });
  const voices = Array.from({ length: count }, () => {
    const voice = make();
    voice.connect(output);
    apply(voice, initial);
    return voice;
  });
  const allocator = new VoiceAllocator(count);
  let release = initial.release ?? 0.5;
  return {
    output,
    play(pitch, time, duration, velocity) {
      // A mono voice (bass) glides from note to note: it is given each in turn, cut off by the next.
      const index = count === 1 ? 0 : allocator.allocate(time, time + duration + release);
      voices[index]?.triggerAttackRelease(frequency(pitch), duration, time, velocity);
    },
    set(params) {
      release = params.release ?? release;
      for (const voice of voices) apply(voice, params);
    },
    silence(time) {
      allocator.reset();
      for (const voice of voices) voice.triggerRelease(time);
    },
    dispose() {
      for (const voice of voices) voice.dispose();
      output.dispose();
    },
  };
}

/** The drum kit: kick, snare, clap, hats, toms and a crash, all synthesised. */
function drumKit(context: Tone.BaseContext, initial: Readonly<Record<string, number>>): Instrument {
  const output = new Tone.Gain({ context, gain: 0.8 });
  const kick = new Tone.MembraneSynth({ context, pitchDecay: 0.05, octaves: 6 }).connect(output);
  const tom = new Tone.MembraneSynth({ context, pitchDecay: 0.08, octaves: 2 }).connect(output);
  const snareTone = new Tone.Filter({ context, type: 'bandpass', frequency: 3000, Q: 0.8 }).connect(output);
  const snare = new Tone.NoiseSynth({ context, noise: { type: 'white' } }).connect(snareTone);
  const clap = new Tone.NoiseSynth({
    context,
    noise: { type: 'pink' },
    envelope: { attack: 0.005, decay: 0.12, sustain: 0 },
  }).connect(snareTone);
  const hatFilter = new Tone.Filter({ context, type: 'highpass', frequency: 7000 }).connect(output);
  const hat = new Tone.MetalSynth({
    context,
    harmonicity: 5.1,
    modulationIndex: 32,
    resonance: 4000,
    octaves: 1.5,
  }).connect(hatFilter);
  const openHat = new Tone.MetalSynth({
    context,
    harmonicity: 5.1,
    modulationIndex: 32,
    resonance: 4000,
    octaves: 1.5,
  }).connect(hatFilter);
  const crash = new Tone.MetalSynth({
    context,
    harmonicity: 8,
    modulationIndex: 40,
    resonance: 5000,
    octaves: 2,
  }).connect(hatFilter);
  hat.volume.value = -14;
  openHat.volume.value = -16;
  crash.volume.value = -18;
  let params = { ...initial };
  const last = new Map<object, number>();
  /** A drum hit at most once per instant per drum (a monophonic synth cannot start twice at once). */
  const once = (drum: object, time: number) => {
    if ((last.get(drum) ?? -1) >= time) return false;
    last.set(drum, time);
    return true;
  };
  const set = (next: Readonly<Record<string, number>>) => {
    params = { ...params, ...next };
    kick.envelope.decay = params.kickDecay ?? 0.45;
    snareTone.frequency.value = params.snareTone ?? 3000;
    snare.envelope.decay = params.snareDecay ?? 0.18;
    snare.envelope.sustain = 0;
    hat.envelope.decay = params.hatDecay ?? 0.06;
    openHat.envelope.decay = (params.hatDecay ?? 0.06) * 5;
  };
  set(initial);
  const pads = new Set<number>(DRUM_PADS.map((pad) => pad.pitch));
  return {
    output,
    play(pitch, time, duration, velocity) {
      const pad = pads.has(pitch) ? pitch : 36 + ((((pitch - 36) % 14) + 14) % 14);
      if (pad === 36 && once(kick, time))
        kick.triggerAttackRelease(params.kickTune ?? 48, 0.1, time, velocity);
      else if (pad === 38 && once(snare, time)) snare.triggerAttackRelease(0.1, time, velocity);
      else if (pad === 39 && once(clap, time)) clap.triggerAttackRelease(0.05, time, velocity);
      else if (pad === 42 && once(hat, time)) hat.triggerAttackRelease(200, 0.03, time, velocity);
      else if (pad === 46 && once(openHat, time))
        openHat.triggerAttackRelease(200, Math.max(0.1, duration), time, velocity);
      else if (pad === 49 && once(crash, time)) crash.triggerAttackRelease(300, 1, time, velocity);
      else if ((pad === 45 || pad === 48) && once(tom, time)) {
        const tune = (params.tomTune ?? 110) * (pad === 48 ? 1.5 : 1);
        tom.triggerAttackRelease(tune, 0.2, time, velocity);
      }
    },
    set,
    silence(time) {
      last.clear();
      for (const drum of [kick, tom, snare, clap, hat, openHat, crash]) drum.triggerRelease(time);
    },
    dispose() {
      for (const node of [kick, tom, snare, clap, hat, openHat, crash, snareTone, hatFilter, output])
        node.dispose();
    },
  };
}

/**
 * The sampler with its built-in sound (a plucked string, made in code by Karplus-Strong), played at the
 * note's pitch from its root note. Imported samples come with the project's storage.
 */
function pluck(context: Tone.BaseContext, initial: Readonly<Record<string, number>>): Instrument {
  const sampleRate = context.sampleRate;
  const buffer = new Tone.ToneAudioBuffer().fromArray(karplusStrong(frequency(60), 1.5, sampleRate));
  const output = new Tone.Gain({ context, gain: 0.8 });
  let params = { ...initial };
  const playing = new Set<Tone.ToneBufferSource>();
  return {
    output,
    play(pitch, time, duration, velocity) {
      const source = new Tone.ToneBufferSource({
        context,
        url: buffer,
        playbackRate: 2 ** ((pitch - (params.root ?? 60)) / 12),
        fadeIn: params.attack ?? 0.005,
        fadeOut: params.release ?? 0.5,
      }).connect(output);
      playing.add(source);
      source.onended = () => {
        playing.delete(source);
        source.dispose();
      };
      source.start(time, 0, undefined, velocity);
      source.stop(time + duration + (params.release ?? 0.5));
    },
    set(next) {
      params = { ...params, ...next };
    },
    silence(time) {
      for (const source of playing) source.stop(time);
    },
    dispose() {
      output.dispose();
    },
  };
}

/** A plucked string of `hz` for `seconds` (Karplus-Strong: a noise burst through a damped delay loop). */
export function karplusStrong(hz: number, seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const period = Math.max(2, Math.round(sampleRate / hz));
  const loop = new Float32Array(period);
  let seed = 1;
  for (let i = 0; i < period; i++) {
    seed = (seed * 16_807) % 2_147_483_647;
    loop[i] = (seed / 2_147_483_647) * 2 - 1;
  }
  for (let i = 0; i < out.length; i++) {
    const j = i % period;
    const next = loop[(j + 1) % period] ?? 0;
    const value = loop[j] ?? 0;
    out[i] = value * 0.5;
    loop[j] = 0.996 * 0.5 * (value + next);
  }
  return out;
}
