// What is playing, and so which notes sound when: the session view's clips launched on bar lines (Ableton
// Live's session view), or the arrangement's timeline. Pure and deterministic: the performer's page, every
// listener rendering a live set from the same data, and an export all ask it the same questions.
import type { Project, Song, Track } from './project.ts';
import { nextBar, notesBetween } from './timing.ts';

/** A clip playing on a track in the session view: looping from `launchedAt`, until `stopAt` if set. */
export interface Playing {
  readonly clip: string;
  readonly launchedAt: number;
  readonly stopAt: number | null;
}

/**
 * What the session view plays: per track id, its clips in time order: the one playing now (stopping on the
 * bar line where the next takes over) and any launched to start on a coming bar line.
 */
export interface SessionState {
  readonly playing: Readonly<Record<string, readonly Playing[]>>;
}

export const EMPTY_SESSION: SessionState = { playing: {} };

/** One note to sound: on `track`, at song beat `beat`, for `duration` beats. */
export interface NoteEvent {
  readonly track: string;
  readonly pitch: number;
  readonly beat: number;
  readonly duration: number;
  readonly velocity: number;
}

/**
 * The session with `clip` of `track` launched at the first bar line from `now` (beats): the clip playing
 * there stops on that bar line and this one starts.
 */
export function launchClip(
  state: SessionState,
  track: string,
  clip: string,
  now: number,
  song: Pick<Song, 'beatsPerBar' | 'beatUnit'>,
): SessionState {
  const at = nextBar(now, song);
  const kept = stopAll(state.playing[track] ?? [], at, now);
  return { playing: { ...state.playing, [track]: [...kept, { clip, launchedAt: at, stopAt: null }] } };
}

/** `segments` cut off at beat `at`, less those over by `now` or that would not start before `at`. */
function stopAll(segments: readonly Playing[], at: number, now: number): Playing[] {
  return segments
    .filter((segment) => segment.launchedAt < at && (segment.stopAt === null || segment.stopAt > now))
    .map((segment) => ({ ...segment, stopAt: Math.min(segment.stopAt ?? at, at) }));
}

/** The session with every clip of `scene` launched at the next bar line (tracks with none there stop). */
export function launchScene(state: SessionState, project: Project, scene: string, now: number): SessionState {
  let next = state;
  for (const track of project.tracks) {
    const clip = track.clips.find((candidate) => candidate.scene === scene);
    next = clip
      ? launchClip(next, track.id, clip.id, now, project.song)
      : stopTrack(next, track.id, now, project.song);
  }
  return next;
}

/** The session with `track`'s clips stopping at the next bar line (one launched to start later never does). */
export function stopTrack(
  state: SessionState,
  track: string,
  now: number,
  song: Pick<Song, 'beatsPerBar' | 'beatUnit'>,
): SessionState {
  const segments = state.playing[track];
  if (!segments) return state;
  return { playing: { ...state.playing, [track]: stopAll(segments, nextBar(now, song), now) } };
}

/** The notes the session view sounds in [from, to) beats. */
export function sessionEvents(project: Project, state: SessionState, from: number, to: number): NoteEvent[] {
  const events: NoteEvent[] = [];
  for (const track of project.tracks) {
    for (const playing of state.playing[track.id] ?? []) {
      const clip = track.clips.find((candidate) => candidate.id === playing.clip);
      if (!clip) continue;
      const stopAt = playing.stopAt ?? Number.POSITIVE_INFINITY;
      for (const { note, beat } of notesBetween(
        clip,
        playing.launchedAt,
        from,
        to,
        project.song.swing,
        stopAt,
      ))
        events.push(eventOf(track, note, beat));
    }
  }
  return sortEvents(events);
}

/** The notes the arrangement sounds in [from, to) beats: each placement loops its clip over its length. */
export function arrangementEvents(project: Project, from: number, to: number): NoteEvent[] {
  const events: NoteEvent[] = [];
  for (const track of project.tracks) {
    for (const placement of track.placements) {
      const end = placement.start + placement.length;
      if (end <= from || placement.start >= to) continue;
      const clip = track.clips.find((candidate) => candidate.id === placement.clip);
      if (!clip) continue;
      for (const { note, beat } of notesBetween(clip, placement.start, from, to, project.song.swing, end))
        events.push(eventOf(track, note, beat, end));
    }
  }
  return sortEvents(events);
}

/** Where the arrangement ends, beats (0 when nothing is placed). */
export function arrangementLength(project: Project): number {
  let end = 0;
  for (const track of project.tracks)
    for (const placement of track.placements) end = Math.max(end, placement.start + placement.length);
  return end;
}

function eventOf(
  track: Track,
  note: { pitch: number; duration: number; velocity: number },
  beat: number,
  until = Number.POSITIVE_INFINITY,
): NoteEvent {
  const duration = Math.min(note.duration, until - beat);
  return { track: track.id, pitch: note.pitch, beat, duration, velocity: note.velocity };
}

function sortEvents(events: NoteEvent[]): NoteEvent[] {
  return events.sort(
    (a, b) => a.beat - b.beat || (a.track < b.track ? -1 : a.track > b.track ? 1 : 0) || a.pitch - b.pitch,
  );
}
