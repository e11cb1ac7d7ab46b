// Musical time: beats (quarter notes) to seconds at the song's tempo, bars, swing, and which notes of a
// looping clip fall in a stretch of time (the engine's look-ahead and every listener's render ask this).
import type { Clip, Note, Song } from './project.ts';

/** Seconds per beat at `tempo` (beats per minute). */
export function secondsPerBeat(tempo: number): number {
  return 60 / tempo;
}

/** A bar's length in beats (quarter notes): 4 in 4/4, 3 in 6/8. */
export function barBeats(song: Pick<Song, 'beatsPerBar' | 'beatUnit'>): number {
  return (song.beatsPerBar * 4) / song.beatUnit;
}

/** The first bar line at or after `beat` (a launch waits for it; on a bar line it starts at once). */
export function nextBar(beat: number, song: Pick<Song, 'beatsPerBar' | 'beatUnit'>): number {
  const bar = barBeats(song);
  const bars = Math.ceil(beat / bar - 1e-9);
  return Math.max(0, bars) * bar;
}

/**
 * Where `beat` is heard with `swing` (0 to 0.75): each beat's second eighth comes that share of an eighth
 * late, and the time between stretches or squeezes evenly, so on-beat notes stay put.
 */
export function swung(beat: number, swing: number): number {
  if (swing <= 0) return beat;
  const whole = Math.floor(beat);
  const t = beat - whole;
  const offbeat = 0.5 + swing * 0.5;
  const moved = t < 0.5 ? (t / 0.5) * offbeat : offbeat + ((t - 0.5) / 0.5) * (1 - offbeat);
  return whole + moved;
}

export interface ScheduledNote {
  readonly note: Note;
  /** Song beat at which it starts (swing applied). */
  readonly beat: number;
}

/**
 * The notes of `clip`, looping from `launchedAt` (song beats), that start in [from, to): each with its swung
 * start. A clip that stops at `stopAt` plays nothing from then.
 */
export function notesBetween(
  clip: Pick<Clip, 'notes' | 'length'>,
  launchedAt: number,
  from: number,
  to: number,
  swing = 0,
  stopAt = Number.POSITIVE_INFINITY,
): ScheduledNote[] {
  const out: ScheduledNote[] = [];
  const end = Math.min(to, stopAt);
  if (end <= from || clip.length <= 0) return out;
  // Swing moves a note by less than a beat: look one beat either side, then keep those that land inside.
  const firstLoop = Math.max(0, Math.floor((from - 1 - launchedAt) / clip.length));
  for (let loop = firstLoop; launchedAt + loop * clip.length < end + 1; loop++) {
    const loopStart = launchedAt + loop * clip.length;
    for (const note of clip.notes) {
      if (note.start >= clip.length) continue;
      const beat = swung(loopStart + note.start, swing);
      if (beat >= from && beat < end && beat >= launchedAt) out.push({ note, beat });
    }
  }
  return out.sort((a, b) => a.beat - b.beat || a.note.pitch - b.note.pitch);
}

/**
 * The metronome's clicks in [from, until), beats: one a beat of the time signature (an eighth in 6/8), the
 * first of each bar accented.
 */
export function clicksBetween(
  from: number,
  until: number,
  song: Pick<Song, 'beatsPerBar' | 'beatUnit'>,
): Array<{ beat: number; accent: boolean }> {
  const step = 4 / song.beatUnit;
  const bar = barBeats(song);
  const clicks: Array<{ beat: number; accent: boolean }> = [];
  for (let n = Math.ceil(from / step - 1e-9); n * step < until; n++) {
    const beat = n * step + 0; // never -0
    clicks.push({ beat, accent: Math.abs(beat / bar - Math.round(beat / bar)) < 1e-9 });
  }
  return clicks;
}
