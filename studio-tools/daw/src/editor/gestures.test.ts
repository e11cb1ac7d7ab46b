import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { beatWidth } from './arrange-layout.ts';
import { dragEdit, type Drag } from './gestures.ts';
import { notesGrid, PIANO_HIGH, strip, faderY } from './layout.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'b', name: 'Bass', color: '#000000', instrument: 'bass' });
  applyOperation(doc, {
    op: 'addClip',
    track: 'b',
    id: 'c',
    name: 'C',
    length: 4,
    scene: 's1',
    notes: [
      { id: 'low', pitch: 48, start: 0, duration: 1, velocity: 1 },
      { id: 'high', pitch: 55, start: 1, duration: 1, velocity: 1 },
    ],
  });
  applyOperation(doc, { op: 'place', track: 'b', id: 'p', clip: 'c', start: 4, length: 4 });
  return { doc, project: readProject(doc) };
}

describe('dragging in the editor', () => {
  const { project } = song();
  const track = project.tracks[0]!;
  const clip = track.clips[0]!;
  const grid = notesGrid(track, clip);
  const notes = (mode: 'move' | 'resize', ids = ['low', 'high']): Drag => ({
    kind: 'notes',
    track: 'b',
    clip: 'c',
    mode,
    x: 500,
    y: 400,
    notes: clip.notes.filter((n) => ids.includes(n.id)),
  });

  it('moves notes together by whole steps and semitones, snapping to the grid', () => {
    // Two and a bit steps right, three rows up.
    const edit = dragEdit(project, notes('move'), 500 + grid.cell.w * 2.3, 400 - grid.cell.h * 3.1);
    expect(edit?.op).toEqual({
      op: 'setNotes',
      track: 'b',
      clip: 'c',
      notes: [
        { id: 'low', pitch: 51, start: 0.5 },
        { id: 'high', pitch: 58, start: 1.5 },
      ],
    });
    // Back where it began: the notes as they were, and the same key as no move at all.
    const back = dragEdit(project, notes('move'), 500, 400);
    expect(back?.key).toBe('0,0');
    expect(back?.op).toMatchObject({
      notes: [
        { pitch: 48, start: 0 },
        { pitch: 55, start: 1 },
      ],
    });
  });

  it('keeps moved notes inside the clip and the keyboard, together', () => {
    const edit = dragEdit(project, notes('move'), 500 - grid.cell.w * 40, 400 - grid.cell.h * 100);
    // The earliest stops at beat 0; the highest at the top row, the chord's shape kept.
    expect(edit?.op).toMatchObject({
      notes: [
        { pitch: PIANO_HIGH - 7, start: 0 },
        { pitch: PIANO_HIGH, start: 1 },
      ],
    });
  });

  it('stretches notes from their right end, no shorter than a step nor past the clip’s end', () => {
    expect(dragEdit(project, notes('resize', ['high']), 500 + grid.cell.w * 4, 400)?.op).toMatchObject({
      notes: [{ id: 'high', duration: 2 }],
    });
    expect(dragEdit(project, notes('resize', ['high']), 500 - grid.cell.w * 40, 400)?.op).toMatchObject({
      notes: [{ duration: 0.25 }],
    });
    expect(dragEdit(project, notes('resize', ['high']), 500 + grid.cell.w * 400, 400)?.op).toMatchObject({
      notes: [{ duration: 3 }],
    });
  });

  it('moves a placed clip by beats along the timeline, never before the start, and stretches it', () => {
    const placement = track.placements[0]!;
    const drag = (mode: 'move' | 'resize'): Drag => ({
      kind: 'placement',
      track: 'b',
      mode,
      x: 600,
      placement,
    });
    const bw = beatWidth(project);
    expect(dragEdit(project, drag('move'), 600 + bw * 2.6, 0)?.op).toEqual({
      op: 'setPlacement',
      track: 'b',
      placement: 'p',
      start: 7,
    });
    expect(dragEdit(project, drag('move'), 600 - bw * 50, 0)?.op).toMatchObject({ start: 0 });
    expect(dragEdit(project, drag('resize'), 600 + bw * 12, 0)?.op).toMatchObject({ length: 16 });
    expect(dragEdit(project, drag('resize'), 600 - bw * 12, 0)?.op).toMatchObject({ length: 1 });
  });

  it('reads a fader’s level where the pointer is', () => {
    const { fader } = strip(0, 1);
    expect(dragEdit(project, { kind: 'fader', track: 'b' }, 0, faderY(fader, -18))?.op).toEqual({
      op: 'mixer',
      track: 'b',
      volume: -18,
    });
  });

  it('gives nothing once what it drags is gone (taken away by someone else)', () => {
    const { doc } = song();
    applyOperation(doc, { op: 'unplace', track: 'b', placement: 'p' });
    const gone = readProject(doc);
    const drag: Drag = { kind: 'placement', track: 'b', mode: 'move', x: 0, placement: track.placements[0]! };
    expect(dragEdit(gone, drag, 100, 0)).toBeNull();
  });
});
