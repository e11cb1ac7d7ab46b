// What a press on the canvas does (pure): the edits it makes, what it chooses, the view it opens, the clip
// it launches and the drag it starts. The app carries it out; the tests read it without a browser.
import type { Operation } from '../core/operations.ts';
import { barBeats } from '../core/timing.ts';
import type { Project } from '../core/project.ts';
import type { Selection } from './commands.ts';
import { knobAt } from './devices-layout.ts';
import {
  changeInstrument,
  newClip,
  nextTrack,
  nudgeTempo,
  placeClip,
  setParam,
  shiftEffect,
  toggleNote,
} from './edits.ts';
import type { Drag } from './gestures.ts';
import type { ButtonName, Target, View } from './layout.ts';

export interface Press {
  readonly target: Target;
  /** The same note or placed clip was pressed a moment ago. */
  readonly double: boolean;
  /** Shift was held (adds a note to the chosen ones, or takes it out). */
  readonly shift: boolean;
  /** Where, on the canvas. */
  readonly x: number;
  readonly y: number;
}

export interface PressOutcome {
  /** Applied first, in one undo step with the drag that follows. */
  readonly ops?: readonly Operation[];
  readonly selection?: Partial<Selection>;
  readonly view?: View;
  readonly launch?: { readonly track: string; readonly clip: string };
  /** A button the app itself handles (play, undo, redo, the metronome). */
  readonly button?: 'play' | 'undo' | 'redo' | 'metronome';
  /** The page is asked for a sound file for this track's sampler. */
  readonly loadSample?: string;
  readonly drag?: Drag;
  /** The press itself is the drag's first step (a fader jumps to where it is pressed). */
  readonly dragFromPress?: boolean;
  readonly error?: string;
}

const VIEWS: readonly View[] = ['session', 'arrange', 'notes', 'mixer', 'devices'];

/** The selection with `clip` chosen (its notes and cursor kept only if it was chosen already). */
export function choosingClip(selection: Selection, track: string, clip: string): Partial<Selection> {
  if (selection.clip?.clip === clip) return { track, clip: { track, clip } };
  return { track, clip: { track, clip }, notes: new Set(), cursor: 0 };
}

export function pressOutcome(
  project: Project,
  selection: Selection,
  press: Press,
  makeId: () => string,
): PressOutcome {
  const { target } = press;
  const trackOf = (id: string) => project.tracks.find((t) => t.id === id);
  switch (target.kind) {
    case 'button':
      return buttonOutcome(project, target.name, makeId);
    case 'track': {
      const clip = trackOf(target.track)?.clips[0];
      return { selection: clip ? choosingClip(selection, target.track, clip.id) : { track: target.track } };
    }
    case 'knob': {
      const track = trackOf(target.track);
      const knob = track && knobAt(track, target.address);
      if (!knob) return {};
      // A double press puts the knob back to its default.
      if (press.double) return { ops: [setParam(target.track, target.address, knob.spec.default)] };
      const { spec, value } = knob;
      return {
        drag: { kind: 'knob', track: target.track, address: target.address, spec, value, y: press.y },
      };
    }
    case 'instrumentType': {
      const track = trackOf(target.track);
      return track ? { ops: [changeInstrument(track, target.by)] } : {};
    }
    case 'effect': {
      const track = trackOf(target.track);
      if (!track) return {};
      if (target.action === 'remove')
        return { ops: [{ op: 'removeEffect', track: track.id, effect: target.effect }] };
      const op = shiftEffect(track, target.effect, target.action === 'up' ? -1 : 1);
      return op ? { ops: [op] } : {};
    }
    case 'sample':
      return target.action === 'load'
        ? { loadSample: target.track }
        : { ops: [{ op: 'sample', track: target.track, sample: null }] };
    case 'addEffect':
      return { ops: [{ op: 'addEffect', track: target.track, id: makeId(), type: target.type }] };
    case 'slot': {
      const track = trackOf(target.track);
      if (!track) return {};
      if (target.clip && target.launch) return { launch: { track: track.id, clip: target.clip } };
      if (target.clip) return { selection: choosingClip(selection, track.id, target.clip), view: 'notes' };
      const id = makeId();
      return {
        ops: [newClip(track, target.scene, id, track.clips.length + 1)],
        selection: choosingClip(selection, track.id, id),
        view: 'notes',
      };
    }
    case 'ruler': {
      const bar = barBeats(project.song);
      return { selection: { playFrom: Math.max(0, Math.floor(target.beat / bar) * bar) } };
    }
    case 'cell':
      return cellOutcome(project, selection, press, target, makeId);
    case 'lane': {
      const track = trackOf(target.track);
      if (!track) return {};
      const id = makeId();
      const chosen = selection.clip?.track === track.id ? selection.clip.clip : null;
      const op = placeClip(project, track, target.beat, chosen, id);
      if (!op)
        return {
          error: `${track.name} has no clip to place yet: make one in the session view, then click its lane here.`,
        };
      return {
        ops: [op],
        selection: { placement: { track: track.id, placement: id } },
        drag: { kind: 'placement', track: track.id, mode: 'move', x: press.x, placement: op },
      };
    }
    case 'placement': {
      const track = trackOf(target.track);
      const placement = track?.placements.find((p) => p.id === target.placement);
      if (!track || !placement) return {};
      if (press.double)
        return { selection: choosingClip(selection, track.id, placement.clip), view: 'notes' };
      const mode = target.edge ? 'resize' : 'move';
      return {
        selection: { placement: { track: track.id, placement: placement.id } },
        drag: { kind: 'placement', track: track.id, mode, x: press.x, placement },
      };
    }
    case 'fader':
      return { drag: { kind: 'fader', track: target.track }, dragFromPress: true };
    case 'mute':
    case 'solo': {
      const mixer = trackOf(target.track)?.mixer;
      return mixer ? { ops: [{ op: 'mixer', track: target.track, [target.kind]: !mixer[target.kind] }] } : {};
    }
    case 'none':
      return {};
  }
}

function buttonOutcome(project: Project, name: ButtonName, makeId: () => string): PressOutcome {
  if (name === 'play' || name === 'undo' || name === 'redo' || name === 'metronome') return { button: name };
  if (name === 'slower' || name === 'faster')
    return { ops: [nudgeTempo(project, name === 'faster' ? 5 : -5)] };
  if (name === 'addTrack') return { ops: [nextTrack(project, makeId())] };
  return VIEWS.includes(name) ? { view: name } : {};
}

/**
 * A press on the notes grid. Drums: a step set or taken away. A melodic clip: on empty ground a note set
 * (dragged right, it lengthens); on a note, it is chosen (with shift, added to or taken from the chosen
 * ones) and dragged, moving, or lengthening from its right end; a double press takes it away.
 */
function cellOutcome(
  project: Project,
  selection: Selection,
  press: Press,
  target: Extract<Target, { kind: 'cell' }>,
  makeId: () => string,
): PressOutcome {
  const track = project.tracks.find((t) => t.id === selection.clip?.track);
  const clip = track?.clips.find((c) => c.id === selection.clip?.clip);
  if (!track || !clip) return {};
  const at = { track: track.id, clip: clip.id };
  const { x, y } = press;
  if (track.instrument.type === 'drums')
    return { ops: [toggleNote(track, clip.id, target, makeId())], selection: { cursor: target.beat } };
  if (!target.note) {
    const duration = Math.min(1, clip.length - target.beat);
    const note = { id: makeId(), pitch: target.pitch, start: target.beat, duration, velocity: 0.8 };
    return {
      ops: [{ op: 'addNotes', ...at, notes: [note] }],
      selection: { notes: new Set([note.id]), cursor: target.beat },
      drag: { kind: 'notes', ...at, mode: 'resize', x, y, notes: [note] },
    };
  }
  const id = target.note;
  const notes = new Set(selection.notes);
  if (press.double) {
    notes.delete(id);
    return { ops: [{ op: 'removeNotes', ...at, ids: [id] }], selection: { notes } };
  }
  if (press.shift) {
    if (!notes.delete(id)) notes.add(id);
    return { selection: { notes } };
  }
  const chosen = notes.has(id) ? notes : new Set([id]);
  const dragged = clip.notes.filter((note) => chosen.has(note.id));
  const mode = target.edge ? 'resize' : 'move';
  return {
    selection: { notes: chosen, cursor: target.beat },
    drag: { kind: 'notes', ...at, mode, x, y, notes: dragged },
  };
}
