// What dragging does in the editor, as operations (pure): a fader's level, a knob turned (up to raise it),
// notes moved on the grid or stretched from their right end, a placed clip moved along the timeline or
// stretched. Each pointer move
// gives the edit from where the drag began, so a drag that comes back where it started puts things back,
// and the app applies the moves as one undo step.
import type { Operation } from '../core/operations.ts';
import { CLIP_LENGTH_RANGE, SONG_BEATS, type Note, type Placement, type Project } from '../core/project.ts';
import type { ParamSpec } from '../core/devices.ts';
import { beatWidth } from './arrange-layout.ts';
import { setParam } from './edits.ts';
import { knobShare, knobValue } from './knob.ts';
import { faderLevel, notesGrid, STEP, strip } from './layout.ts';

export type DragMode = 'move' | 'resize';

export type Drag =
  | { readonly kind: 'fader'; readonly track: string }
  | {
      readonly kind: 'notes';
      readonly track: string;
      readonly clip: string;
      readonly mode: DragMode;
      /** Where the pointer went down. */
      readonly x: number;
      readonly y: number;
      /** The dragged notes as they were. */
      readonly notes: readonly Note[];
    }
  | {
      readonly kind: 'placement';
      readonly track: string;
      readonly mode: DragMode;
      readonly x: number;
      readonly placement: Placement;
    }
  | {
      readonly kind: 'knob';
      readonly track: string;
      readonly address: string;
      readonly spec: ParamSpec;
      /** The value when the drag began, and where. */
      readonly value: number;
      readonly y: number;
    };

/** Pixels of upward drag that take a knob through its whole travel. */
export const KNOB_TRAVEL = 200;

export interface DragEdit {
  readonly op: Operation;
  /** How far the drag has gone, in the grid's own steps: the same key, the same edit. */
  readonly key: string;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The edit a drag makes with the pointer at (x, y), or null when what it drags is gone. */
export function dragEdit(project: Project, drag: Drag, x: number, y: number): DragEdit | null {
  const index = project.tracks.findIndex((t) => t.id === drag.track);
  const track = project.tracks[index];
  if (!track) return null;
  switch (drag.kind) {
    case 'fader': {
      const volume = faderLevel(strip(index, project.tracks.length).fader, y);
      return { op: { op: 'mixer', track: track.id, volume }, key: String(volume) };
    }
    case 'notes': {
      const clip = track.clips.find((c) => c.id === drag.clip);
      if (!clip || drag.notes.length === 0) return null;
      const grid = notesGrid(track, clip);
      const steps = Math.round((x - drag.x) / grid.cell.w);
      if (drag.mode === 'resize') {
        const notes = drag.notes.map((note) => ({
          id: note.id,
          duration: clamp(note.duration + steps * STEP, STEP, clip.length - note.start),
        }));
        return { op: { op: 'setNotes', track: track.id, clip: clip.id, notes }, key: `${steps}` };
      }
      // The notes move together, as far as the grid lets the first and last of them go.
      const rows = drag.notes.map((note) => grid.rows.indexOf(note.pitch));
      const starts = drag.notes.map((note) => note.start);
      const by = clamp(
        Math.round((y - drag.y) / grid.cell.h),
        -Math.min(...rows),
        grid.rows.length - 1 - Math.max(...rows),
      );
      const beats = clamp(steps * STEP, -Math.min(...starts), clip.length - STEP - Math.max(...starts));
      const notes = drag.notes.map((note, i) => ({
        id: note.id,
        pitch: rows[i]! < 0 ? note.pitch : grid.rows[rows[i]! + by]!,
        start: note.start + beats,
      }));
      return { op: { op: 'setNotes', track: track.id, clip: clip.id, notes }, key: `${beats},${by}` };
    }
    case 'knob': {
      const share = knobShare(drag.spec, drag.value) + (drag.y - y) / KNOB_TRAVEL;
      const value = knobValue(drag.spec, share);
      return { op: setParam(track.id, drag.address, value), key: value.toPrecision(4) };
    }
    case 'placement': {
      if (!track.placements.some((p) => p.id === drag.placement.id)) return null;
      const beats = Math.round((x - drag.x) / beatWidth(project));
      const { placement } = drag;
      const change =
        drag.mode === 'resize'
          ? { length: clamp(placement.length + beats, CLIP_LENGTH_RANGE.min, CLIP_LENGTH_RANGE.max) }
          : { start: clamp(placement.start + beats, 0, SONG_BEATS - placement.length) };
      return {
        op: { op: 'setPlacement', track: track.id, placement: placement.id, ...change },
        key: `${beats}`,
      };
    }
  }
}
