// A knob's travel, for any parameter (pure): evenly for most, by ratio for frequencies and times (a knob's
// middle is the range's geometric middle), and by steps for a choice; and the value as a person reads it.
import type { ParamSpec } from '../core/devices.ts';
import { SILENT_DB, VOLUME_RANGE } from '../core/project.ts';

/** How far along its travel (0..1) a knob for `spec` stands at `value`. */
export function knobShare(spec: ParamSpec, value: number): number {
  const v = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.curve === 'log' && spec.min > 0) return Math.log(v / spec.min) / Math.log(spec.max / spec.min);
  return spec.max === spec.min ? 0 : (v - spec.min) / (spec.max - spec.min);
}

/** The value a knob for `spec` gives at `share` (0..1) of its travel; a choice's nearest step. */
export function knobValue(spec: ParamSpec, share: number): number {
  const s = Math.min(1, Math.max(0, share));
  if (spec.curve === 'log' && spec.min > 0) return spec.min * (spec.max / spec.min) ** s;
  const value = spec.min + s * (spec.max - spec.min);
  return spec.curve === 'choice' ? Math.round(value) : value;
}

/** `value` as the knob's label says it: a choice's name, else a few digits and the unit. */
export function formatParam(spec: ParamSpec, value: number): string {
  if (spec.curve === 'choice') return spec.choices?.[Math.round(value)] ?? String(value);
  if (spec.unit === 'dB' && value <= SILENT_DB) return 'off';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number =
    spec.unit === 'Hz' && value >= 1000 ? `${(value / 1000).toFixed(1)}k` : value.toFixed(digits);
  const unit = spec.unit === ':1' ? ':1' : spec.unit === '' ? '' : ` ${spec.unit}`;
  return `${number}${unit}`;
}

/** A track's mixer settings as knobs (the fader and the buttons are on the mixer view too). */
export const MIXER_PARAMS: readonly ParamSpec[] = [
  { id: 'volume', label: 'Volume', ...VOLUME_RANGE, default: 0, unit: 'dB', curve: 'linear' },
  { id: 'pan', label: 'Pan', min: -1, max: 1, default: 0, unit: '', curve: 'linear' },
  { id: 'sendA', label: 'Send A', ...VOLUME_RANGE, default: SILENT_DB, unit: 'dB', curve: 'linear' },
  { id: 'sendB', label: 'Send B', ...VOLUME_RANGE, default: SILENT_DB, unit: 'dB', curve: 'linear' },
];
