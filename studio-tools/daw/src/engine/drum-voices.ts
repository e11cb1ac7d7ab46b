// The drum kit's voices on General MIDI's pads: kicks and toms as sines falling in pitch, snares, claps, hats
// and cymbals as filtered noise, each through a drum's quick envelope.
import type { EnvelopePoint } from './envelope.ts';
import {
  biquad,
  bufferSource,
  gain,
  oscillator,
  schedule,
  type NoteContext,
  type NoteMaker,
  type Sounding,
} from './note-nodes.ts';

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
export const drums: NoteMaker = (note) => {
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
