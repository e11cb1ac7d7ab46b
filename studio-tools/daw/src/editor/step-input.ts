// Notes from a MIDI keyboard (or pads) into the chosen clip, as step input: keys pressed together land
// together at the cursor as a chord, and the cursor moves on once they are all let go (a beat in a melodic
// clip, a step on drums), round to the start at the clip's end. Outside a clip's notes the keys only play
// the chosen track. Pure: the app plays and applies what it says.
import type { MidiNote } from '../core/midi.ts';
import type { Operation } from '../core/operations.ts';
import type { Project } from '../core/project.ts';
import { DRUM_PADS } from '../core/devices.ts';
import type { Selection } from './commands.ts';
import { STEP, type View } from './layout.ts';

export interface StepState {
  /** Keys held down now. */
  readonly held: ReadonlySet<number>;
  /** Whether a note was written since the cursor last moved. */
  readonly wrote: boolean;
}

export const NO_KEYS: StepState = { held: new Set(), wrote: false };

export interface StepOutcome {
  readonly state: StepState;
  /** The note to sound now, on the chosen track. */
  readonly play: { readonly track: string; readonly pitch: number; readonly velocity: number } | null;
  readonly op: Operation | null;
  /** The cursor's new place, beats, when it moves. */
  readonly cursor: number | null;
}

const PADS = new Set<number>(DRUM_PADS.map((pad) => pad.pitch));

export function stepInput(
  project: Project,
  view: View,
  selection: Selection,
  state: StepState,
  message: MidiNote,
  makeId: () => string,
): StepOutcome {
  const track = project.tracks.find((t) => t.id === selection.clip?.track);
  const clip = track?.clips.find((c) => c.id === selection.clip?.clip);
  const held = new Set(state.held);
  if (!track) return { state, play: null, op: null, cursor: null };
  const drums = track.instrument.type === 'drums';
  const writing = view === 'notes' && clip !== undefined && (!drums || PADS.has(message.pitch));
  if (message.kind === 'noteOff') {
    if (!held.delete(message.pitch)) return { state, play: null, op: null, cursor: null };
    const advance = held.size === 0 && state.wrote && clip !== undefined;
    const next = advance ? selection.cursor + (drums ? STEP : 1) : null;
    return {
      state: { held, wrote: advance ? false : state.wrote },
      play: null,
      op: null,
      cursor: next === null ? null : next >= clip!.length ? 0 : next,
    };
  }
  held.add(message.pitch);
  const play = { track: track.id, pitch: message.pitch, velocity: message.velocity };
  if (!writing || !clip) return { state: { ...state, held }, play, op: null, cursor: null };
  const start = selection.cursor < clip.length ? selection.cursor : 0;
  const note = {
    id: makeId(),
    pitch: message.pitch,
    start,
    duration: Math.min(drums ? STEP : 1, clip.length - start),
    velocity: Math.round(message.velocity * 100) / 100,
  };
  return {
    state: { held, wrote: true },
    play,
    op: { op: 'addNotes', track: track.id, clip: clip.id, notes: [note] },
    cursor: start === selection.cursor ? null : start,
  };
}
