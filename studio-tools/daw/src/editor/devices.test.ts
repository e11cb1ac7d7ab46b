import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { deviceSpec, DEVICES } from '../core/devices.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { LIMITS } from '../core/project.ts';
import { NO_SELECTION, type Selection } from './commands.ts';
import { devicesLayout, devicesTarget, devicesTrack, knobAt } from './devices-layout.ts';
import { changeInstrument, setParam, shiftEffect } from './edits.ts';
import { dragEdit, KNOB_TRAVEL } from './gestures.ts';
import { formatParam, knobShare, knobValue } from './knob.ts';
import { HEIGHT, WIDTH, type Rect } from './layout.ts';
import { pressOutcome } from './press.ts';

function song(effects: string[] = ['reverb', 'eq3']) {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'k', name: 'Keys', color: '#000000', instrument: 'poly' });
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  effects.forEach((type, i) => applyOperation(doc, { op: 'addEffect', track: 'k', id: `fx${i}`, type }));
  return { doc, project: readProject(doc) };
}

const centre = (r: Rect) => [r.x + r.w / 2, r.y + r.h / 2] as const;
const within = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.w <= WIDTH && r.y + r.h <= HEIGHT;
const chosen: Selection = { ...NO_SELECTION, track: 'k' };

describe('knobs', () => {
  const cutoff = deviceSpec('poly')!.params.find((p) => p.id === 'cutoff')!;
  const wave = deviceSpec('poly')!.params.find((p) => p.id === 'wave')!;

  it('sweep frequencies by ratio, the rest evenly, choices by step, and come back to the value', () => {
    expect(knobValue(cutoff, 0.5)).toBeCloseTo(Math.sqrt(40 * 18_000), 6);
    expect(knobShare(cutoff, knobValue(cutoff, 0.3))).toBeCloseTo(0.3, 9);
    expect(knobValue(wave, 0.6)).toBe(2);
    expect(knobShare(wave, 3)).toBe(1);
  });

  it('read as a person would', () => {
    expect(formatParam(cutoff, 4000)).toBe('4.0k Hz');
    expect(formatParam(wave, 2)).toBe('sawtooth');
    expect(formatParam({ ...cutoff, unit: 'dB', min: -60 }, -60)).toBe('off');
  });
});

describe('the devices view', () => {
  it('fits a full track on the canvas: eight effects of five knobs, the biggest instrument', () => {
    const { project } = song(Array.from({ length: LIMITS.effects }, () => 'compressor'));
    const layout = devicesLayout(project.tracks[0]!);
    const boxes = [
      ...layout.mixer.map((k) => k.rect),
      ...layout.instrument.map((k) => k.rect),
      ...layout.effects.flatMap((e) => [e.box, e.up, e.down, e.remove, ...e.knobs.map((k) => k.rect)]),
    ];
    expect(boxes.every(within)).toBe(true);
    for (const effect of layout.effects)
      for (const knob of effect.knobs) expect(within(knob.rect)).toBe(true);
    // Effect boxes do not overlap.
    const rects = layout.effects.map((e) => e.box);
    for (const [i, a] of rects.entries())
      for (const b of rects.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    // A full chain offers no more effects to add.
    expect(layout.add).toEqual([]);
    // Every instrument's knobs fit too.
    const { doc } = song();
    for (const device of DEVICES.filter((d) => d.kind === 'instrument')) {
      applyOperation(doc, { op: 'instrument', track: 'k', type: device.type });
      const knobs = devicesLayout(readProject(doc).tracks[0]!).instrument;
      expect(knobs).toHaveLength(device.params.length);
      expect(knobs.every((k) => within(k.rect))).toBe(true);
    }
  });

  it('shows the chosen track, else the chosen clip’s, else the first', () => {
    const { project } = song();
    expect(devicesTrack(project, { track: 'd', clip: null })?.id).toBe('d');
    expect(devicesTrack(project, { track: null, clip: { track: 'd' } })?.id).toBe('d');
    expect(devicesTrack(project, { track: null, clip: null })?.id).toBe('k');
  });

  it('finds knobs, the instrument’s arrows, the effects’ buttons and the effects to add', () => {
    const { project } = song();
    const track = project.tracks[0]!;
    const layout = devicesLayout(track);
    const wet = layout.effects[0]!.knobs.find((k) => k.spec.id === 'wet')!;
    expect(devicesTarget(project, track, ...centre(wet.rect))).toEqual({
      kind: 'knob',
      track: 'k',
      address: 'fx.fx0.wet',
    });
    expect(devicesTarget(project, track, ...centre(layout.mixer[1]!.rect))).toMatchObject({
      address: 'mixer.pan',
    });
    expect(devicesTarget(project, track, ...centre(layout.next))).toEqual({
      kind: 'instrumentType',
      track: 'k',
      by: 1,
    });
    expect(devicesTarget(project, track, ...centre(layout.effects[1]!.up))).toEqual({
      kind: 'effect',
      track: 'k',
      effect: 'fx1',
      action: 'up',
    });
    const chorus = layout.add.find((a) => a.type === 'chorus')!;
    expect(devicesTarget(project, track, ...centre(chorus.rect))).toEqual({
      kind: 'addEffect',
      track: 'k',
      type: 'chorus',
    });
  });

  it('turns a knob by dragging up, as one edit from where it began; a double press resets it', () => {
    const { project } = song();
    const track = project.tracks[0]!;
    const press = (target: Parameters<typeof pressOutcome>[2]['target'], double = false) =>
      pressOutcome(project, chosen, { target, double, shift: false, x: 0, y: 500 }, () => 'new');
    const turn = press({ kind: 'knob', track: 'k', address: 'instrument.cutoff' });
    expect(turn.drag).toMatchObject({ kind: 'knob', value: 4000, y: 500 });
    const edit = dragEdit(project, turn.drag!, 0, 500 - KNOB_TRAVEL / 4);
    const spec = knobAt(track, 'instrument.cutoff')!.spec;
    const op = edit?.op;
    expect(op?.op === 'param' && op.value).toBeCloseTo(knobValue(spec, knobShare(spec, 4000) + 0.25), 6);
    // Down past the bottom: the least value.
    expect(dragEdit(project, turn.drag!, 0, 500 + KNOB_TRAVEL * 3)?.op).toMatchObject({ value: 40 });
    expect(press({ kind: 'knob', track: 'k', address: 'mixer.pan' }, true).ops).toEqual([
      { op: 'mixer', track: 'k', pan: 0 },
    ]);
  });

  it('changes the instrument round the list, moves effects within the chain, adds and removes them', () => {
    const { doc, project } = song(['reverb', 'eq3', 'delay']);
    const track = project.tracks[0]!;
    applyOperation(doc, shiftEffect(track, 'fx2', -1)!);
    expect(readProject(doc).tracks[0]!.effects.map((e) => e.type)).toEqual(['reverb', 'delay', 'eq3']);
    applyOperation(doc, shiftEffect(readProject(doc).tracks[0]!, 'fx0', 1)!);
    expect(readProject(doc).tracks[0]!.effects.map((e) => e.type)).toEqual(['delay', 'reverb', 'eq3']);
    expect(shiftEffect(readProject(doc).tracks[0]!, 'fx1', 1)).toBeNull();
    const kinds = DEVICES.filter((d) => d.kind === 'instrument').map((d) => d.type);
    expect(changeInstrument(track, -1)).toEqual({ op: 'instrument', track: 'k', type: kinds.at(-1) });
    expect(setParam('k', 'mixer.volume', -6.04)).toEqual({ op: 'mixer', track: 'k', volume: -6 });
    expect(setParam('k', 'fx.fx0.wet', 0.5)).toEqual({
      op: 'param',
      track: 'k',
      address: 'fx.fx0.wet',
      value: 0.5,
    });
    const press = (target: Parameters<typeof pressOutcome>[2]['target']) =>
      pressOutcome(project, chosen, { target, double: false, shift: false, x: 0, y: 0 }, () => 'new');
    expect(press({ kind: 'addEffect', track: 'k', type: 'chorus' }).ops).toEqual([
      { op: 'addEffect', track: 'k', id: 'new', type: 'chorus' },
    ]);
    expect(press({ kind: 'effect', track: 'k', effect: 'fx1', action: 'remove' }).ops).toEqual([
      { op: 'removeEffect', track: 'k', effect: 'fx1' },
    ]);
  });

  it('offers a sampler track its own sound, and the pluck back', () => {
    const doc = createProjectDoc();
    applyOperation(doc, {
      op: 'addTrack',
      id: 's',
      name: 'Sampler',
      color: '#000000',
      instrument: 'sampler',
    });
    const project = readProject(doc);
    const track = project.tracks[0]!;
    const layout = devicesLayout(track);
    expect(devicesLayout(song().project.tracks[0]!).sample).toBeNull();
    expect(devicesTarget(project, track, ...centre(layout.sample!.load))).toEqual({
      kind: 'sample',
      track: 's',
      action: 'load',
    });
    const press = (action: 'load' | 'clear') =>
      pressOutcome(
        project,
        chosen,
        { target: { kind: 'sample', track: 's', action }, double: false, shift: false, x: 0, y: 0 },
        () => 'new',
      );
    expect(press('load')).toEqual({ loadSample: 's' });
    expect(press('clear').ops).toEqual([{ op: 'sample', track: 's', sample: null }]);
  });
});
