import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { NO_SELECTION, type Selection } from './commands.ts';
import type { Target } from './layout.ts';
import { pressOutcome } from './press.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, { op: 'addTrack', id: 'b', name: 'Bass', color: '#000000', instrument: 'bass' });
  applyOperation(doc, {
    op: 'addClip',
    track: 'b',
    id: 'line',
    name: 'Line',
    length: 8,
    scene: 's1',
    notes: [
      { id: 'n1', pitch: 48, start: 0, duration: 1, velocity: 1 },
      { id: 'n2', pitch: 52, start: 2, duration: 1, velocity: 1 },
    ],
  });
  applyOperation(doc, { op: 'place', track: 'b', id: 'p', clip: 'line', start: 0, length: 8 });
  return readProject(doc);
}

const project = song();
const nothing: Selection = NO_SELECTION;
const inLine: Selection = { ...nothing, clip: { track: 'b', clip: 'line' } };
let ids = 0;
const press = (selection: Selection, target: Target, more: { double?: boolean; shift?: boolean } = {}) =>
  pressOutcome(
    project,
    selection,
    { target, double: false, shift: false, x: 300, y: 300, ...more },
    () => `id${++ids}`,
  );
const note = (id: string | null, edge = false): Target => ({
  kind: 'cell',
  pitch: 48,
  beat: 0,
  note: id,
  edge,
});

describe('what a press does', () => {
  it('on empty ground of a piano roll: sets a note, chooses it, and stretches it while dragged', () => {
    const outcome = press(inLine, note(null));
    expect(outcome.ops?.[0]).toMatchObject({ op: 'addNotes', notes: [{ pitch: 48, start: 0, duration: 1 }] });
    expect(outcome.drag).toMatchObject({ kind: 'notes', mode: 'resize' });
    const added = outcome.ops?.[0];
    expect([...(outcome.selection?.notes ?? [])]).toEqual(
      added?.op === 'addNotes' ? [added.notes[0]!.id] : [],
    );
  });

  it('on a note: chooses it and drags it (from its right end, stretching); shift adds; a double takes it away', () => {
    const plain = press({ ...inLine, notes: new Set(['n2']) }, note('n1'));
    expect([...plain.selection!.notes!]).toEqual(['n1']);
    expect(plain.ops).toBeUndefined();
    expect(plain.drag).toMatchObject({ kind: 'notes', mode: 'move', notes: [{ id: 'n1' }] });
    // Pressing one of several chosen drags them all.
    const both = press({ ...inLine, notes: new Set(['n1', 'n2']) }, note('n1', true));
    expect(both.drag).toMatchObject({ mode: 'resize', notes: [{ id: 'n1' }, { id: 'n2' }] });
    expect([
      ...press({ ...inLine, notes: new Set(['n2']) }, note('n1'), { shift: true }).selection!.notes!,
    ]).toEqual(['n2', 'n1']);
    expect(press(inLine, note('n1'), { double: true }).ops).toEqual([
      { op: 'removeNotes', track: 'b', clip: 'line', ids: ['n1'] },
    ]);
  });

  it('on a lane: places the track’s clip and drags it; says so when the track has none', () => {
    const placed = press(nothing, { kind: 'lane', track: 'b', beat: 9 });
    expect(placed.ops?.[0]).toMatchObject({ op: 'place', clip: 'line', start: 8 });
    expect(placed.drag).toMatchObject({ kind: 'placement', mode: 'move' });
    const none = press(nothing, { kind: 'lane', track: 'd', beat: 0 });
    expect(none.ops).toBeUndefined();
    expect(none.error).toMatch(/^Drums has no clip to place yet/);
  });

  it('on the ruler: the arrangement plays from the start of that bar', () => {
    expect(press(nothing, { kind: 'ruler', beat: 13.7 })).toEqual({ selection: { playFrom: 12 } });
    expect(press(nothing, { kind: 'ruler', beat: -1 })).toEqual({ selection: { playFrom: 0 } });
  });

  it('on a placed clip: chooses and drags it; a double opens its notes', () => {
    const target: Target = { kind: 'placement', track: 'b', placement: 'p', edge: true };
    expect(press(nothing, target)).toMatchObject({
      selection: { placement: { track: 'b', placement: 'p' } },
      drag: { kind: 'placement', mode: 'resize' },
    });
    expect(press(nothing, target, { double: true })).toMatchObject({
      selection: { clip: { track: 'b', clip: 'line' } },
      view: 'notes',
    });
  });

  it('on the bar: views, tempo and new tracks as edits; play, undo and redo to the app', () => {
    expect(press(nothing, { kind: 'button', name: 'arrange' })).toEqual({ view: 'arrange' });
    expect(press(nothing, { kind: 'button', name: 'faster' }).ops).toEqual([{ op: 'song', tempo: 125 }]);
    expect(press(nothing, { kind: 'button', name: 'addTrack' }).ops?.[0]).toMatchObject({ op: 'addTrack' });
    expect(press(nothing, { kind: 'button', name: 'undo' })).toEqual({ button: 'undo' });
  });

  it('in an empty slot: a new clip, chosen, its notes opened', () => {
    const outcome = press(inLine, { kind: 'slot', track: 'd', scene: 's1', clip: null, launch: false });
    expect(outcome.ops?.[0]).toMatchObject({ op: 'addClip', track: 'd', length: 4 });
    expect(outcome).toMatchObject({ view: 'notes', selection: { cursor: 0, clip: { track: 'd' } } });
  });
});
