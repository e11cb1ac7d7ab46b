// Where everything is in the devices view (pure): the tracks down the left as elsewhere; for the chosen
// track, its mixer settings as knobs, its instrument (with arrows to change its kind) and knobs, each effect
// in order in a box (earlier, later, away) with its knobs, and a button a kind of effect to add one.
import { DEVICES, deviceSpec, type ParamSpec } from '../core/devices.ts';
import { LIMITS, type Project, type Track } from '../core/project.ts';
import { MIXER_PARAMS } from './knob.ts';
import {
  barTarget,
  HEADER_WIDTH,
  HEIGHT,
  inside,
  trackRow,
  WIDTH,
  type Rect,
  type Target,
} from './layout.ts';

export const KNOB_CELL = { w: 88, h: 80 } as const;
const LEFT = HEADER_WIDTH + 16;
const RIGHT = WIDTH - 16;
const EFFECT_W = (RIGHT - LEFT - 12) / 2;
const EFFECT_H = 108;
const EFFECTS_TOP = 308;
const ADD_BAR: Rect = { x: LEFT, y: HEIGHT - 40, w: RIGHT - LEFT, h: 32 };

export interface KnobPlace {
  readonly rect: Rect;
  readonly address: string;
  readonly spec: ParamSpec;
  readonly value: number;
}

export interface EffectPlace {
  readonly id: string;
  readonly label: string;
  readonly box: Rect;
  readonly up: Rect;
  readonly down: Rect;
  readonly remove: Rect;
  readonly knobs: readonly KnobPlace[];
}

export interface DevicesLayout {
  readonly track: Track;
  readonly mixerTitle: Rect;
  readonly mixer: readonly KnobPlace[];
  readonly instrumentTitle: Rect;
  readonly previous: Rect;
  readonly next: Rect;
  readonly instrument: readonly KnobPlace[];
  /** A sampler's sound: load one's own, go back to the pluck (null for other instruments). */
  readonly sample: { readonly load: Rect; readonly clear: Rect; readonly label: Rect } | null;
  readonly effects: readonly EffectPlace[];
  /** One button a kind of effect (none once the track has as many as it may). */
  readonly add: ReadonlyArray<{ readonly type: string; readonly label: string; readonly rect: Rect }>;
}

/** The track the devices view shows: the chosen one, else the chosen clip's, else the first. */
export function devicesTrack(
  project: Project,
  chosen: { track: string | null; clip: { track: string } | null },
): Track | undefined {
  const id = chosen.track ?? chosen.clip?.track;
  return project.tracks.find((t) => t.id === id) ?? project.tracks[0];
}

function knobRow(
  x: number,
  y: number,
  specs: readonly ParamSpec[],
  value: (id: string) => number,
  address: (id: string) => string,
): KnobPlace[] {
  return specs.map((spec, i) => ({
    rect: { x: x + i * KNOB_CELL.w, y, ...KNOB_CELL },
    address: address(spec.id),
    spec,
    value: value(spec.id),
  }));
}

export function devicesLayout(track: Track): DevicesLayout {
  const instrumentSpec = deviceSpec(track.instrument.type);
  const mixer = knobRow(
    LEFT,
    88,
    MIXER_PARAMS,
    (id) => track.mixer[id as 'volume' | 'pan' | 'sendA' | 'sendB'],
    (id) => `mixer.${id}`,
  );
  const instrument = knobRow(
    LEFT,
    212,
    instrumentSpec?.params ?? [],
    (id) => track.instrument.params[id] ?? instrumentSpec?.params.find((p) => p.id === id)?.default ?? 0,
    (id) => `instrument.${id}`,
  );
  const effects = track.effects.map((effect, index): EffectPlace => {
    const spec = deviceSpec(effect.type);
    const box = {
      x: LEFT + (index % 2) * (EFFECT_W + 12),
      y: EFFECTS_TOP + Math.floor(index / 2) * (EFFECT_H + 4),
      w: EFFECT_W,
      h: EFFECT_H,
    };
    const button = (slot: number): Rect => ({ x: box.x + box.w - 30 * slot - 4, y: box.y + 4, w: 26, h: 22 });
    return {
      id: effect.id,
      label: spec?.label ?? effect.type,
      box,
      up: button(3),
      down: button(2),
      remove: button(1),
      knobs: knobRow(
        box.x + 8,
        box.y + 28,
        spec?.params ?? [],
        (id) => effect.params[id] ?? spec?.params.find((p) => p.id === id)?.default ?? 0,
        (id) => `fx.${effect.id}.${id}`,
      ),
    };
  });
  const kinds = DEVICES.filter((device) => device.kind === 'effect');
  const width = ADD_BAR.w / kinds.length;
  const add =
    track.effects.length >= LIMITS.effects
      ? []
      : kinds.map((device, i) => ({
          type: device.type,
          label: `+ ${device.label}`,
          rect: { x: ADD_BAR.x + i * width, y: ADD_BAR.y, w: width - 6, h: ADD_BAR.h },
        }));
  return {
    track,
    mixerTitle: { x: LEFT, y: 64, w: 400, h: 22 },
    mixer,
    instrumentTitle: { x: LEFT + 36, y: 180, w: 240, h: 28 },
    previous: { x: LEFT, y: 180, w: 30, h: 28 },
    next: { x: LEFT + 282, y: 180, w: 30, h: 28 },
    instrument,
    sample:
      track.instrument.type === 'sampler'
        ? {
            load: { x: LEFT + 330, y: 180, w: 150, h: 28 },
            clear: { x: LEFT + 486, y: 180, w: 30, h: 28 },
            label: { x: LEFT + 526, y: 180, w: RIGHT - LEFT - 526, h: 28 },
          }
        : null,
    effects,
    add,
  };
}

/** What is under (x, y) in the devices view of `track`. */
export function devicesTarget(project: Project, track: Track | undefined, x: number, y: number): Target {
  const bar = barTarget(x, y);
  if (bar) return bar;
  const count = project.tracks.length;
  for (const [index, t] of project.tracks.entries())
    if (inside(trackRow(index, count), x, y)) return { kind: 'track', track: t.id };
  if (!track) return { kind: 'none' };
  const layout = devicesLayout(track);
  const id = track.id;
  const knobs = [...layout.mixer, ...layout.instrument, ...layout.effects.flatMap((e) => e.knobs)];
  const knob = knobs.find((k) => inside(k.rect, x, y));
  if (knob) return { kind: 'knob', track: id, address: knob.address };
  if (inside(layout.previous, x, y)) return { kind: 'instrumentType', track: id, by: -1 };
  if (inside(layout.next, x, y)) return { kind: 'instrumentType', track: id, by: 1 };
  if (layout.sample && inside(layout.sample.load, x, y)) return { kind: 'sample', track: id, action: 'load' };
  if (layout.sample && inside(layout.sample.clear, x, y))
    return { kind: 'sample', track: id, action: 'clear' };
  for (const effect of layout.effects)
    for (const action of ['up', 'down', 'remove'] as const)
      if (inside(effect[action], x, y)) return { kind: 'effect', track: id, effect: effect.id, action };
  const add = layout.add.find((a) => inside(a.rect, x, y));
  if (add) return { kind: 'addEffect', track: id, type: add.type };
  return { kind: 'none' };
}

/** The knob at `address` on `track`, with its spec and value now, or undefined. */
export function knobAt(track: Track, address: string): KnobPlace | undefined {
  const layout = devicesLayout(track);
  return [...layout.mixer, ...layout.instrument, ...layout.effects.flatMap((e) => e.knobs)].find(
    (k) => k.address === address,
  );
}
