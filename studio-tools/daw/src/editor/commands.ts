// The editor's commands from the keyboard, as operations (pure): select all, copy, paste, duplicate and
// delete, for the notes of a clip and for clips placed on the arrangement, and the notes cursor moved.
// Copied notes paste at the cursor, which a copy leaves just after them (rounded up to a beat), so
// copy-then-paste repeats a bar into the next, and each paste moves on by as much again.
import { copyNotes, pasteNotes, type CopiedNotes } from '../core/clipboard.ts';
import type { Operation } from '../core/operations.ts';
import { SONG_BEATS, type Project } from '../core/project.ts';
import { STEP, type View } from './layout.ts';

export type Command = 'selectAll' | 'copy' | 'paste' | 'duplicate' | 'delete' | 'left' | 'right';

export interface Selection {
  /** The track the devices view shows (else the chosen clip's). */
  readonly track: string | null;
  /** The clip the notes view edits. */
  readonly clip: { readonly track: string; readonly clip: string } | null;
  /** Notes of that clip chosen for copy, delete and drag. */
  readonly notes: ReadonlySet<string>;
  /** A clip placed on the arrangement. */
  readonly placement: { readonly track: string; readonly placement: string } | null;
  /** Where the notes view pastes and the keyboard piano writes, beats into the clip. */
  readonly cursor: number;
  /** Where the arrangement plays from, beats from the song's start (a bar line). */
  readonly playFrom: number;
}

/** Nothing chosen: no track, clip, notes or placement; the cursor and the play position at the start. */
export const NO_SELECTION: Selection = {
  track: null,
  clip: null,
  notes: new Set(),
  placement: null,
  cursor: 0,
  playFrom: 0,
};

export type Clipboard =
  | { readonly kind: 'notes'; readonly copied: CopiedNotes; readonly step: number }
  | { readonly kind: 'placement'; readonly clip: string; readonly length: number }
  | null;

export interface CommandResult {
  /** Applied together as one undo step. */
  readonly ops: readonly Operation[];
  readonly selection: Selection;
  readonly clipboard: Clipboard;
  /** Why nothing happened, for the person; absent when something did, or nothing was asked of it. */
  readonly error?: string;
}

/** What `command` does in `view`; `makeId` names what it adds. */
export function runCommand(
  project: Project,
  view: View,
  selection: Selection,
  clipboard: Clipboard,
  command: Command,
  makeId: () => string,
): CommandResult | null {
  if (view === 'notes') return notesCommand(project, selection, clipboard, command, makeId);
  if (view === 'arrange') return placementCommand(project, selection, clipboard, command, makeId);
  if (view === 'session' && command === 'delete' && selection.clip)
    return { ops: [{ op: 'removeClip', ...selection.clip }], selection, clipboard };
  return null;
}

function notesCommand(
  project: Project,
  selection: Selection,
  clipboard: Clipboard,
  command: Command,
  makeId: () => string,
): CommandResult | null {
  const track = project.tracks.find((t) => t.id === selection.clip?.track);
  const clip = track?.clips.find((c) => c.id === selection.clip?.clip);
  if (!track || !clip) return null;
  const at = { track: track.id, clip: clip.id };
  const chosen = clip.notes.filter((note) => selection.notes.has(note.id));
  const same = (changes: Partial<Selection>) => ({
    ops: [],
    clipboard,
    selection: { ...selection, ...changes },
  });
  switch (command) {
    case 'selectAll':
      return same({ notes: new Set(clip.notes.map((note) => note.id)) });
    case 'left':
    case 'right': {
      const by = command === 'left' ? -STEP : STEP;
      return same({ cursor: Math.min(clip.length - STEP, Math.max(0, selection.cursor + by)) });
    }
    case 'delete':
      if (chosen.length === 0) return null;
      return {
        ops: [{ op: 'removeNotes', ...at, ids: chosen.map((n) => n.id) }],
        clipboard,
        selection: { ...selection, notes: new Set() },
      };
    case 'copy':
    case 'duplicate': {
      const notes = chosen.length > 0 ? chosen : clip.notes;
      if (notes.length === 0) return { ...same({}), error: 'There are no notes in this clip to copy.' };
      const from = Math.floor(Math.min(...notes.map((n) => n.start)));
      const copied = copyNotes(notes, from);
      const copy = { kind: 'notes', copied, step: Math.max(1, Math.ceil(copied.span)) } as const;
      const after = { ...selection, cursor: Math.min(clip.length, from + copy.step) };
      return command === 'copy'
        ? { ops: [], clipboard: copy, selection: after }
        : pasteInto(at, clip.length, after, copy, makeId);
    }
    case 'paste':
      if (clipboard?.kind !== 'notes') return { ...same({}), error: 'Copy some notes first.' };
      return pasteInto(at, clip.length, selection, clipboard, makeId);
  }
}

function pasteInto(
  at: { track: string; clip: string },
  length: number,
  selection: Selection,
  clipboard: Extract<Clipboard, { kind: 'notes' }>,
  makeId: () => string,
): CommandResult {
  const notes = pasteNotes(clipboard.copied, selection.cursor, length).map((n) => ({ ...n, id: makeId() }));
  if (notes.length === 0)
    return { ops: [], clipboard, selection, error: 'The notes would land past the clip’s end.' };
  return {
    ops: [{ op: 'addNotes', ...at, notes }],
    clipboard,
    selection: {
      ...selection,
      notes: new Set(notes.map((n) => n.id)),
      // At the clip's end when the next paste has no room (it then says so).
      cursor: Math.min(length, selection.cursor + clipboard.step),
    },
  };
}

function placementCommand(
  project: Project,
  selection: Selection,
  clipboard: Clipboard,
  command: Command,
  makeId: () => string,
): CommandResult | null {
  const track = project.tracks.find((t) => t.id === selection.placement?.track);
  const placement = track?.placements.find((p) => p.id === selection.placement?.placement);
  if (!track || !placement) {
    if (command === 'paste' || command === 'duplicate' || command === 'copy')
      return { ops: [], selection, clipboard, error: 'Select a placed clip first.' };
    return null;
  }
  const copy = { kind: 'placement', clip: placement.clip, length: placement.length } as const;
  switch (command) {
    case 'copy':
      return { ops: [], selection, clipboard: copy };
    case 'delete':
      return {
        ops: [{ op: 'unplace', track: track.id, placement: placement.id }],
        clipboard,
        selection: { ...selection, placement: null },
      };
    case 'paste':
    case 'duplicate': {
      const source = command === 'duplicate' ? copy : clipboard;
      if (source?.kind !== 'placement')
        return { ops: [], selection, clipboard, error: 'Copy a placed clip first.' };
      if (!track.clips.some((c) => c.id === source.clip))
        return { ops: [], selection, clipboard, error: 'That clip belongs to another track.' };
      const start = placement.start + placement.length;
      if (start + source.length > SONG_BEATS)
        return { ops: [], selection, clipboard, error: 'The song ends before there.' };
      const id = makeId();
      return {
        ops: [{ op: 'place', track: track.id, id, clip: source.clip, start, length: source.length }],
        clipboard: command === 'duplicate' ? clipboard : source,
        selection: { ...selection, placement: { track: track.id, placement: id } },
      };
    }
    default:
      return null;
  }
}
