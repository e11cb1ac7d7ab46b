// What the editor shows of the sound playing now: the clip each track plays, where the chosen clip's and
// the song's playheads are, and each track's level.
import type { Project } from '../core/project.ts';
import type { LiveEngine } from '../engine/live.ts';
import type { Selection } from './commands.ts';

export interface WhatPlays {
  /** The clip each track plays now. */
  readonly nowPlaying: Readonly<Record<string, string>>;
  /** Where the chosen clip plays, beats from its start, or null. */
  readonly playhead: number | null;
  /** Where the arrangement plays, beats from the song's start, or null. */
  readonly songPlayhead: number | null;
  /** Each track's level now, 0..1 (−60 dB and below is 0). */
  readonly levels: Readonly<Record<string, number>>;
}

export function whatPlays(project: Project, engine: LiveEngine | null, chosen: Selection['clip']): WhatPlays {
  const player = engine?.player;
  const beat = player?.beatAt() ?? 0;
  const session = player?.state.session.playing ?? {};
  const nowPlaying: Record<string, string> = {};
  for (const [track, segments] of Object.entries(session)) {
    const current = segments.find((s) => s.launchedAt <= beat && (s.stopAt === null || s.stopAt > beat));
    if (current) nowPlaying[track] = current.clip;
  }
  const clip = project.tracks.find((t) => t.id === chosen?.track)?.clips.find((c) => c.id === chosen?.clip);
  const segment =
    clip && player?.playing
      ? session[chosen!.track]?.find((s) => s.clip === clip.id && s.launchedAt <= beat)
      : undefined;
  const levels: Record<string, number> = {};
  for (const track of project.tracks) {
    const db = engine?.graph.level(track.id) ?? Number.NEGATIVE_INFINITY;
    levels[track.id] = Number.isFinite(db) ? Math.max(0, (db + 60) / 60) : 0;
  }
  return {
    nowPlaying,
    playhead: segment && clip ? (beat - segment.launchedAt) % clip.length : null,
    songPlayhead: player?.playing && player.state.mode === 'arrangement' ? Math.max(0, beat) : null,
    levels,
  };
}
