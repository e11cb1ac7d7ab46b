// Copy and paste of notes: what is copied keeps its shape (times from the earliest note), and a paste makes
// new notes with new ids at the place chosen, so pasting twice gives two sets, and pasting into a shared
// clip never collides with anyone's notes.
import { newId } from './ids.ts';
import { CLIP_LENGTH_RANGE, PITCH_RANGE, type Note } from './project.ts';

export interface CopiedNotes {
  /** Each note's start is beats after where the copy begins (the earliest note, unless told). */
  readonly notes: ReadonlyArray<Omit<Note, 'id'>>;
  /** From where the copy begins to the latest end, beats. */
  readonly span: number;
}

/** `notes` copied from beat `from` (the earliest note's start by default; no later than it). */
export function copyNotes(notes: readonly Note[], from?: number): CopiedNotes {
  if (notes.length === 0) return { notes: [], span: 0 };
  const first = Math.min(from ?? Infinity, ...notes.map((note) => note.start));
  const copied = notes.map(({ pitch, start, duration, velocity }) => ({
    pitch,
    start: start - first,
    duration,
    velocity,
  }));
  return { notes: copied, span: Math.max(...copied.map((note) => note.start + note.duration)) };
}

/**
 * The copied notes placed from beat `at`, `transpose` semitones up, with new ids; notes that would fall
 * outside a clip's length or the pitch range are left out.
 */
export function pasteNotes(
  copied: CopiedNotes,
  at: number,
  clipLength: number = CLIP_LENGTH_RANGE.max,
  transpose = 0,
): Note[] {
  return copied.notes
    .map((note) => ({ ...note, id: newId(), start: note.start + at, pitch: note.pitch + transpose }))
    .filter(
      (note) =>
        note.start >= 0 &&
        note.start < clipLength &&
        note.pitch >= PITCH_RANGE.min &&
        note.pitch <= PITCH_RANGE.max,
    );
}
