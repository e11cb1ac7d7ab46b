import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import {
  BUTTONS,
  faderLevel,
  faderY,
  HEIGHT,
  notesGrid,
  noteRect,
  slotRect,
  strip,
  targetAt,
  WIDTH,
} from './layout.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, { op: 'addTrack', id: 'b', name: 'Bass', color: '#000000', instrument: 'bass' });
  applyOperation(doc, {
    op: 'addClip',
    track: 'b',
    id: 'c',
    name: 'C',
    length: 8,
    scene: 's2',
    notes: [{ id: 'n', pitch: 60, start: 2, duration: 1, velocity: 1 }],
  });
  return readProject(doc);
}

const centre = (r: { x: number; y: number; w: number; h: number }) => [r.x + r.w / 2, r.y + r.h / 2] as const;

describe('what is under the pointer', () => {
  const project = song();

  it('finds the buttons, the tracks and the session view’s slots', () => {
    expect(targetAt(project, 'session', null, ...centre(BUTTONS.play))).toEqual({
      kind: 'button',
      name: 'play',
    });
    expect(targetAt(project, 'session', null, ...centre(slotRect(0, 0)))).toEqual({
      kind: 'slot',
      track: 'd',
      scene: 's1',
      clip: null,
      launch: false,
    });
    const slot = slotRect(1, 1);
    expect(targetAt(project, 'session', null, slot.x + 20, slot.y + slot.h / 2)).toMatchObject({
      clip: 'c',
      launch: true,
    });
    expect(targetAt(project, 'session', null, slot.x + 100, slot.y + slot.h / 2)).toMatchObject({
      clip: 'c',
      launch: false,
    });
  });

  it('finds the cell and the note under the pointer in the notes grid', () => {
    const bass = project.tracks[1]!;
    const grid = notesGrid(bass, bass.clips[0]!);
    const note = noteRect(grid, bass.clips[0]!.notes[0]!)!;
    expect(targetAt(project, 'notes', { track: 'b', clip: 'c' }, note.x + 2, note.y + 2)).toEqual({
      kind: 'cell',
      pitch: 60,
      beat: 2,
      note: 'n',
      edge: false,
    });
    // The note's right end: a drag there lengthens it.
    expect(
      targetAt(project, 'notes', { track: 'b', clip: 'c' }, note.x + note.w - 2, note.y + 2),
    ).toMatchObject({ note: 'n', edge: true });
    const free = targetAt(
      project,
      'notes',
      { track: 'b', clip: 'c' },
      note.x + grid.cell.w * 8 + 2,
      note.y + 2,
    );
    expect(free).toEqual({ kind: 'cell', pitch: 60, beat: 4, note: null, edge: false });
  });

  it('reads a fader’s level from its height, and back', () => {
    const { fader } = strip(0);
    expect(faderLevel(fader, fader.y)).toBe(6);
    expect(faderLevel(fader, fader.y + fader.h)).toBe(-60);
    expect(faderLevel(fader, faderY(fader, -12))).toBe(-12);
    expect(targetAt(project, 'mixer', null, fader.x + 5, faderY(fader, 0))).toEqual({
      kind: 'fader',
      track: 'd',
      volume: 0,
    });
  });

  it('fits every track of a big song in the session view and across the mixer', () => {
    for (const tracks of [16, 64]) {
      const last = slotRect(tracks - 1, 0, tracks);
      expect(last.y + last.h).toBeLessThanOrEqual(HEIGHT + 1e-9);
      const s = strip(tracks - 1, tracks);
      expect(s.solo.x + s.solo.w).toBeLessThanOrEqual(WIDTH);
      expect(s.mute.x + s.mute.w).toBeLessThanOrEqual(s.solo.x);
    }
  });
});
