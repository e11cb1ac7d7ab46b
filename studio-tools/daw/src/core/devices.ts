// The instruments and effects, each described as data: its parameters with their ranges, defaults and units,
// so the editor draws their knobs, automation addresses them and the network carries them by id, with no
// device code in sight. The engine (Tone.js) maps each type to its nodes.

export type ParamCurve = 'linear' | 'log' | 'choice';

export interface ParamSpec {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly unit: '' | 'dB' | 'Hz' | 's' | '%' | 'st' | 'beats' | ':1';
  /** How a knob sweeps it: evenly, by ratio (frequencies, times), or through named choices (0, 1, …). */
  readonly curve: ParamCurve;
  readonly choices?: readonly string[];
}

export interface DeviceSpec {
  readonly type: string;
  readonly label: string;
  readonly kind: 'instrument' | 'effect';
  readonly params: readonly ParamSpec[];
}

const p = (
  id: string,
  label: string,
  min: number,
  max: number,
  value: number,
  unit: ParamSpec['unit'] = '',
  curve: ParamCurve = 'linear',
): ParamSpec => ({ id, label, min, max, default: value, unit, curve });
const choice = (id: string, label: string, choices: readonly string[], value = 0): ParamSpec => ({
  id,
  label,
  min: 0,
  max: choices.length - 1,
  default: value,
  unit: '',
  curve: 'choice',
  choices,
});

const WAVES = ['sine', 'triangle', 'sawtooth', 'square'] as const;
const envelope = (attack: number, decay: number, sustain: number, release: number) => [
  p('attack', 'Attack', 0.001, 4, attack, 's', 'log'),
  p('decay', 'Decay', 0.01, 4, decay, 's', 'log'),
  p('sustain', 'Sustain', 0, 1, sustain),
  p('release', 'Release', 0.01, 8, release, 's', 'log'),
];

/** Drum pads by General MIDI number: what a drum track's notes play. */
export const DRUM_PADS = [
  { pitch: 36, name: 'Kick' },
  { pitch: 38, name: 'Snare' },
  { pitch: 39, name: 'Clap' },
  { pitch: 42, name: 'Closed hat' },
  { pitch: 46, name: 'Open hat' },
  { pitch: 45, name: 'Low tom' },
  { pitch: 48, name: 'High tom' },
  { pitch: 49, name: 'Crash' },
] as const;

export const DEVICES: readonly DeviceSpec[] = [
  {
    type: 'poly',
    label: 'Poly synth',
    kind: 'instrument',
    params: [
      choice('wave', 'Wave', WAVES, 2),
      ...envelope(0.01, 0.3, 0.6, 0.8),
      p('cutoff', 'Cutoff', 40, 18_000, 4000, 'Hz', 'log'),
      p('resonance', 'Resonance', 0.1, 20, 1),
      p('envAmount', 'Filter envelope', 0, 6, 2, 'st'),
    ],
  },
  {
    type: 'fm',
    label: 'FM synth',
    kind: 'instrument',
    params: [
      p('harmonicity', 'Harmonicity', 0.25, 8, 3, ':1', 'log'),
      p('modulationIndex', 'Modulation', 0, 40, 10),
      ...envelope(0.01, 0.2, 0.5, 1),
    ],
  },
  {
    type: 'bass',
    label: 'Mono bass',
    kind: 'instrument',
    params: [
      choice('wave', 'Wave', WAVES, 3),
      ...envelope(0.005, 0.2, 0.4, 0.2),
      p('cutoff', 'Cutoff', 40, 8000, 600, 'Hz', 'log'),
      p('resonance', 'Resonance', 0.1, 20, 4),
      p('glide', 'Glide', 0, 0.5, 0.02, 's'),
    ],
  },
  {
    type: 'drums',
    label: 'Drum kit',
    kind: 'instrument',
    params: [
      p('kickTune', 'Kick pitch', 30, 90, 48, 'Hz', 'log'),
      p('kickDecay', 'Kick decay', 0.1, 1.5, 0.45, 's', 'log'),
      p('snareTone', 'Snare tone', 800, 8000, 3000, 'Hz', 'log'),
      p('snareDecay', 'Snare decay', 0.05, 0.6, 0.18, 's', 'log'),
      p('hatDecay', 'Hat decay', 0.02, 0.6, 0.06, 's', 'log'),
      p('tomTune', 'Tom pitch', 60, 300, 110, 'Hz', 'log'),
    ],
  },
  {
    type: 'sampler',
    label: 'Sampler',
    kind: 'instrument',
    params: [
      p('root', 'Root note', 0, 127, 60),
      p('attack', 'Attack', 0, 2, 0.005, 's'),
      p('release', 'Release', 0.01, 8, 0.5, 's', 'log'),
    ],
  },
  {
    type: 'eq3',
    label: 'EQ',
    kind: 'effect',
    params: [
      p('low', 'Low', -24, 24, 0, 'dB'),
      p('mid', 'Mid', -24, 24, 0, 'dB'),
      p('high', 'High', -24, 24, 0, 'dB'),
      p('lowFrequency', 'Low / mid', 60, 1000, 400, 'Hz', 'log'),
      p('highFrequency', 'Mid / high', 1000, 12_000, 2500, 'Hz', 'log'),
    ],
  },
  {
    type: 'compressor',
    label: 'Compressor',
    kind: 'effect',
    params: [
      p('threshold', 'Threshold', -60, 0, -18, 'dB'),
      p('ratio', 'Ratio', 1, 20, 4, ':1', 'log'),
      p('attack', 'Attack', 0.001, 0.5, 0.01, 's', 'log'),
      p('release', 'Release', 0.01, 1, 0.2, 's', 'log'),
      p('makeup', 'Makeup', 0, 24, 0, 'dB'),
    ],
  },
  {
    type: 'reverb',
    label: 'Reverb',
    kind: 'effect',
    params: [
      p('decay', 'Decay', 0.2, 12, 2.5, 's', 'log'),
      p('preDelay', 'Pre-delay', 0, 0.2, 0.01, 's'),
      p('wet', 'Mix', 0, 1, 0.3),
    ],
  },
  {
    type: 'delay',
    label: 'Delay',
    kind: 'effect',
    params: [
      p('time', 'Time', 0.125, 2, 0.75, 'beats'),
      p('feedback', 'Feedback', 0, 0.95, 0.35),
      p('wet', 'Mix', 0, 1, 0.25),
    ],
  },
  {
    type: 'filter',
    label: 'Filter',
    kind: 'effect',
    params: [
      choice('shape', 'Shape', ['lowpass', 'highpass', 'bandpass'] as const),
      p('frequency', 'Frequency', 20, 20_000, 2000, 'Hz', 'log'),
      p('q', 'Resonance', 0.1, 20, 1),
    ],
  },
  {
    type: 'distortion',
    label: 'Distortion',
    kind: 'effect',
    params: [p('amount', 'Drive', 0, 1, 0.4), p('wet', 'Mix', 0, 1, 1)],
  },
  {
    type: 'chorus',
    label: 'Chorus',
    kind: 'effect',
    params: [
      p('frequency', 'Rate', 0.1, 10, 1.5, 'Hz', 'log'),
      p('depth', 'Depth', 0, 1, 0.7),
      p('wet', 'Mix', 0, 1, 0.5),
    ],
  },
];

const BY_TYPE = new Map(DEVICES.map((spec) => [spec.type, spec]));

/** The device of `type`, or undefined. */
export function deviceSpec(type: string): DeviceSpec | undefined {
  return BY_TYPE.get(type);
}

/** Every parameter of `type` at its default. */
export function defaultParams(type: string): Record<string, number> {
  const spec = BY_TYPE.get(type);
  if (!spec) throw new Error(`There is no device "${type}".`);
  return Object.fromEntries(spec.params.map((param) => [param.id, param.default]));
}

/** `value` brought into the parameter's range (a choice rounded to one of its steps). */
export function clampParam(param: ParamSpec, value: number): number {
  const clamped = Math.min(param.max, Math.max(param.min, value));
  return param.curve === 'choice' ? Math.round(clamped) : clamped;
}
