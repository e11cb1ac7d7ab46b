// What a click in the editor does to the song, as operations (pure): a new clip in an empty slot, a note
// set or taken away in the grid, a new track with the next instrument, the tempo nudged. The app applies
// them, so each is one undo step and travels to everyone editing the same song.
import { barBeats } from '../core/timing.ts';
import { DEVICES } from '../core/devices.ts';
import type { Operation } from '../core/operations.ts';
import { SONG_BEATS, TEMPO_RANGE, type Project, type Track } from '../core/project.ts';
import { STEP } from './layout.ts';

const PALETTE = ['#e4572e', '#29335c', '#f3a712', '#6a4c93', '#1b998b', '#ff595e', '#8ac926', '#1982c4'];
/** The order "Add track" goes through the instruments: a beat first, then a bass line, then harmony. */
const INSTRUMENTS = ['drums', 'bass', 'poly', 'fm', 'sampler'].flatMap((type) =>
  DEVICES.filter((device) => device.type === type),
);

/** A new clip for an empty slot: a bar for drums (sixteen steps), two bars for the rest. */
export function newClip(track: Track, scene: string, id: string, count: number): Operation {
  const drums = track.instrument.type === 'drums';
  return { op: 'addClip', track: track.id, id, name: `${track.name} ${count}`, length: drums ? 4 : 8, scene };
}

/** The grid cell clicked: its note taken away, or a note set there (a step on drums, a beat otherwise). */
export function toggleNote(
  track: Track,
  clip: string,
  cell: { pitch: number; beat: number; note: string | null },
  id: string,
): Operation {
  if (cell.note) return { op: 'removeNotes', track: track.id, clip, ids: [cell.note] };
  const drums = track.instrument.type === 'drums';
  const note = { id, pitch: cell.pitch, start: cell.beat, duration: drums ? STEP : 1, velocity: 0.8 };
  return { op: 'addNotes', track: track.id, clip, notes: [note] };
}

/** A new track with the instrument after the last track's (drums, bass, poly, FM, sampler, then round). */
export function nextTrack(project: Project, id: string): Operation {
  const last = project.tracks.at(-1)?.instrument.type;
  // After no track, or one of another kind, -1 + 1: the first.
  const device = INSTRUMENTS[(INSTRUMENTS.findIndex((d) => d.type === last) + 1) % INSTRUMENTS.length]!;
  const same = project.tracks.filter((track) => track.instrument.type === device.type).length;
  return {
    op: 'addTrack',
    id,
    name: same > 0 ? `${device.label} ${same + 1}` : device.label,
    color: PALETTE[project.tracks.length % PALETTE.length]!,
    instrument: device.type,
  };
}

/** The tempo moved by `by` beats a minute, kept in range. */
export function nudgeTempo(project: Project, by: number): Operation {
  const tempo = Math.min(TEMPO_RANGE.max, Math.max(TEMPO_RANGE.min, Math.round(project.song.tempo + by)));
  return { op: 'song', tempo };
}

/**
 * What a click on `track`'s lane of the arrangement places, and where: the selected clip when it is the
 * track's (else the track's first in the session view's order), from the start of the bar clicked.
 */
export function placeClip(
  project: Project,
  track: Track,
  beat: number,
  selectedClip: string | null,
  id: string,
): Extract<Operation, { op: 'place' }> | null {
  const sceneOrder = (scene: string | null) => {
    const index = project.scenes.findIndex((s) => s.id === scene);
    return index < 0 ? Infinity : index;
  };
  const clip =
    track.clips.find((c) => c.id === selectedClip) ??
    [...track.clips].sort((a, b) => sceneOrder(a.scene) - sceneOrder(b.scene))[0];
  if (!clip) return null;
  const bar = barBeats(project.song);
  const start = Math.min(Math.max(0, Math.floor(beat / bar) * bar), SONG_BEATS - clip.length);
  return { op: 'place', track: track.id, id, clip: clip.id, start, length: clip.length };
}

/** The edit setting the parameter at `address` ("mixer.pan", "instrument.cutoff", "fx.<id>.wet"). */
export function setParam(track: string, address: string, value: number): Operation {
  const [head, id] = address.split('.');
  if (head === 'mixer' && (id === 'volume' || id === 'pan' || id === 'sendA' || id === 'sendB'))
    return { op: 'mixer', track, [id]: id === 'pan' ? value : Math.round(value * 10) / 10 };
  return { op: 'param', track, address, value };
}

/** The instrument before or after `track`'s in the list of instruments (round). */
export function changeInstrument(track: Track, by: -1 | 1): Operation {
  const kinds = DEVICES.filter((device) => device.kind === 'instrument');
  const index = kinds.findIndex((device) => device.type === track.instrument.type);
  const next = kinds[(index + by + kinds.length) % kinds.length]!;
  return { op: 'instrument', track: track.id, type: next.type };
}

/** `effect` one place earlier or later in `track`'s chain; null where it cannot go further. */
export function shiftEffect(track: Track, effect: string, by: -1 | 1): Operation | null {
  const index = track.effects.findIndex((e) => e.id === effect);
  const to = index + by;
  if (index < 0 || to < 0 || to >= track.effects.length) return null;
  // Before the one it passes going up; before the one after the one it passes going down (or last).
  const before = by < 0 ? track.effects[to]!.id : (track.effects[to + 1]?.id ?? null);
  return { op: 'moveEffect', track: track.id, effect, before };
}
