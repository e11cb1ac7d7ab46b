// Plays the song live: a look-ahead scheduler (the "tale of two clocks") that, a few times a second, hands
// the mix graph every note due in the next moment, at its exact time on the audio clock. What plays is the
// session view's launched clips or the arrangement, read from core/playback.ts, the same answers an export
// and every listener of a live set get. Beat 0 is at `origin` on the audio clock; a tempo change keeps the
// beat playing now where it is.
import type * as Tone from 'tone';

import {
  arrangementEvents,
  EMPTY_SESSION,
  launchClip,
  launchScene,
  sessionEvents,
  stopTrack,
  type SessionState,
} from '../core/playback.ts';
import type { Project } from '../core/project.ts';
import { clicksBetween, secondsPerBeat } from '../core/timing.ts';
import type { Metronome } from './metronome.ts';
import type { MixGraph } from './mix-graph.ts';

/** How far ahead notes are handed over, seconds: longer than the timer's worst lateness on a busy page. */
const LOOKAHEAD = 0.2;
/** How often the scheduler runs, seconds. */
const INTERVAL = 0.05;
/** A start waits this long, so its first notes are not late. */
const START_DELAY = 0.1;

export type PlayMode = 'session' | 'arrangement';

/**
 * What the player plays: `origin` is the audio-clock time of beat 0 at `tempo` (null when stopped). The same
 * four values, sent to a listener with the origin in shared-clock time, make their player play the same.
 */
export interface PlayerState {
  readonly mode: PlayMode;
  readonly session: SessionState;
  readonly playing: boolean;
  readonly origin: number | null;
  readonly tempo: number;
}

export class Player {
  private readonly graph: MixGraph;
  private readonly context: Tone.BaseContext;
  private project: Project;
  private session: SessionState = EMPTY_SESSION;
  private mode: PlayMode = 'session';
  /** Audio-clock time of beat 0 while playing, else null. */
  private origin: number | null = null;
  private tempo: number;
  /** Notes up to this beat have been handed over. */
  private scheduled = 0;
  /** Following another player: the timing is theirs, and a tempo edit waits for their transport. */
  private following = false;
  private timer: number | null = null;
  private readonly listeners = new Set<() => void>();

  /** Clicks on the beats while playing, when it is on. */
  readonly metronome: Metronome | null;

  constructor(
    graph: MixGraph,
    context: Tone.BaseContext,
    project: Project,
    metronome: Metronome | null = null,
  ) {
    this.graph = graph;
    this.context = context;
    this.project = project;
    this.tempo = project.song.tempo;
    this.metronome = metronome;
  }

  get playing(): boolean {
    return this.origin !== null;
  }

  get state(): PlayerState {
    const { mode, session, playing, origin, tempo } = this;
    return { mode, session, playing, origin, tempo };
  }

  /** The beat playing at audio-clock `time` (now by default); 0 when stopped. */
  beatAt(time = this.context.currentTime): number {
    return this.origin === null ? 0 : (time - this.origin) / secondsPerBeat(this.tempo);
  }

  /** The audio-clock time of `beat` while playing. */
  timeOf(beat: number): number {
    return (this.origin ?? this.context.currentTime) + beat * secondsPerBeat(this.tempo);
  }

  /** Takes the song as edited; a new tempo keeps the current beat where it is. */
  setProject(project: Project): void {
    const retimed = !this.following && this.origin !== null && project.song.tempo !== this.tempo;
    if (retimed) {
      const now = this.context.currentTime;
      const beat = this.beatAt(now);
      this.origin = now - beat * secondsPerBeat(project.song.tempo);
    }
    if (!this.following) this.tempo = project.song.tempo;
    this.project = project;
    if (retimed) this.changed();
  }

  /**
   * Plays what another player plays (a live set's performer): `mode` and `session` with beat 0 at audio-clock
   * time `origin` at `tempo`, from the beat due now (what was due before is not played late). Following
   * again moves the beat to the new origin and tempo, keeping what was already handed over.
   */
  follow(mode: PlayMode, origin: number, tempo: number, session: SessionState): void {
    const starting = this.origin === null || mode !== this.mode;
    if (starting) this.stop();
    this.following = true;
    this.mode = mode;
    this.session = session;
    this.tempo = tempo;
    this.origin = origin;
    if (starting) {
      this.scheduled = Math.max(0, this.beatAt());
      this.timer = this.context.setInterval(() => this.tick(), INTERVAL);
    }
    this.tick();
    this.changed();
  }

  /** Starts playing `mode` from `beat` (the session view from its first bar, with `session` launched). */
  start(mode: PlayMode, beat = 0, session: SessionState = EMPTY_SESSION): void {
    this.stop();
    this.following = false;
    this.mode = mode;
    this.session = session;
    this.origin = this.context.currentTime + START_DELAY - beat * secondsPerBeat(this.tempo);
    this.scheduled = beat;
    this.tick();
    this.timer = this.context.setInterval(() => this.tick(), INTERVAL);
    this.changed();
  }

  /** Stops at once; launched clips are forgotten. */
  stop(): void {
    if (this.timer !== null) this.context.clearInterval(this.timer);
    this.timer = null;
    if (this.origin !== null) this.graph.silence(this.context.currentTime);
    this.origin = null;
    this.session = EMPTY_SESSION;
    this.following = false;
    this.changed();
  }

  /** Launches a clip on the next bar line (starting the session view from its first bar if stopped). */
  launch(track: string, clip: string): void {
    this.relaunch((session, beat) => launchClip(session, track, clip, beat, this.project.song));
  }

  launchScene(scene: string): void {
    this.relaunch((session, beat) => launchScene(session, this.project, scene, beat));
  }

  /** Stops a track's clip on the next bar line. */
  stopTrack(track: string): void {
    this.session = stopTrack(this.session, track, this.beatAt(), this.project.song);
    this.changed();
  }

  /** Calls `listener` when what plays changes; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.stop();
    this.listeners.clear();
  }

  /** Applies a launch to the session playing now, or to a new one started from beat 0. */
  private relaunch(change: (session: SessionState, beat: number) => SessionState): void {
    if (this.origin === null || this.mode !== 'session') {
      this.start('session', 0, change(EMPTY_SESSION, 0));
      return;
    }
    this.session = change(this.session, this.beatAt());
    this.changed();
  }

  private tick(): void {
    if (this.origin === null) return;
    const until = this.beatAt(this.context.currentTime + LOOKAHEAD);
    if (until <= this.scheduled) return;
    const events =
      this.mode === 'session'
        ? sessionEvents(this.project, this.session, this.scheduled, until)
        : arrangementEvents(this.project, this.scheduled, until);
    const spb = secondsPerBeat(this.tempo);
    const now = this.context.currentTime;
    for (const event of events) {
      // A note the timer came too late for is dropped, not played late out of time.
      const time = this.timeOf(event.beat);
      if (time >= now) this.graph.play(event.track, event.pitch, time, event.duration * spb, event.velocity);
    }
    if (this.metronome?.on)
      for (const click of clicksBetween(Math.max(0, this.scheduled), until, this.project.song)) {
        const time = this.timeOf(click.beat);
        if (time >= now) this.metronome.click(time, click.accent);
      }
    this.scheduled = until;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
