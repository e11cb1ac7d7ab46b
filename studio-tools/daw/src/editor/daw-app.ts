// The DAW as a panel app: it draws on its own canvas and takes pointer input in the canvas's terms (u, v
// from its top left, 0..1), whether from a mouse, a finger or an XR ray, so one editor serves the page, a
// wall and a headset. Edits are operations on the song's Yjs document (one undo step each, this person's
// own history); the engine is made on the first Play (a browser lets sound start only from a gesture).
import type * as Y from 'yjs';

import { applyOperation } from '../core/apply.ts';
import { readProject } from '../core/doc.ts';
import { History } from '../core/history.ts';
import { newId } from '../core/ids.ts';
import type { Operation } from '../core/operations.ts';
import type { Project } from '../core/project.ts';
import { createLiveEngine, type LiveEngine } from '../engine/live.ts';
import { renderSong } from '../engine/render.ts';
import { encodeWav, type WavDepth } from '../export/wav.ts';
import { draw } from './draw.ts';
import { newClip, nextTrack, nudgeTempo, toggleNote } from './edits.ts';
import { octaveAfter, pianoPitch, DEFAULT_OCTAVE } from './keyboard-piano.ts';
import { HEIGHT, targetAt, WIDTH, type View } from './layout.ts';

export type PointerPhase = 'down' | 'move' | 'up';

export interface DawAppOptions {
  readonly doc: Y.Doc;
  /** This person's edits are applied with it (their undo history tracks it). */
  readonly origin: unknown;
  /** Told an edit or the sound failed, in words for the person. */
  readonly onError?: (message: string) => void;
}

export class DawApp {
  readonly canvas: HTMLCanvasElement;
  readonly aspect = WIDTH / HEIGHT;
  readonly history: History;
  view: View = 'session';
  selected: { track: string; clip: string } | null = null;
  private project: Project;
  private engine: LiveEngine | null = null;
  private engineStarting: Promise<LiveEngine> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly options: DawAppOptions;
  private dragEnd: (() => void) | null = null;
  private dragging: string | null = null;
  private frame = 0;
  /** The keyboard piano's octave, and where in the selected clip its next note goes (beats). */
  private octave = DEFAULT_OCTAVE;
  private cursor = 0;

  constructor(options: DawAppOptions) {
    this.options = options;
    this.canvas = document.createElement('canvas');
    this.canvas.width = WIDTH;
    this.canvas.height = HEIGHT;
    this.canvas.className = 'daw-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('aria-label', 'The DAW: tracks, clips, notes and mixer');
    this.history = new History(options.doc, options.origin);
    this.project = readProject(options.doc);
    this.redraw();
  }

  /** The song's shared document (what is saved, and synced with others editing it). */
  get doc(): Y.Doc {
    return this.options.doc;
  }

  /** The song as it is now. */
  get song(): Project {
    return this.project;
  }

  get playing(): boolean {
    return this.engine?.player.playing ?? false;
  }

  /** Applies an edit as this person; a refused one is told, the song unchanged. */
  edit(op: Operation): boolean {
    try {
      applyOperation(this.options.doc, op, this.options.origin);
      return true;
    } catch (error) {
      this.options.onError?.(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  undo(): void {
    this.history.undo();
  }

  redo(): void {
    this.history.redo();
  }

  /** Plays the session view's launched clips (a first scene if none), or stops. */
  togglePlay(): Promise<void> {
    return this.withEngine((engine) => {
      if (engine.player.playing) engine.player.stop();
      else if (this.project.scenes[0]) engine.player.launchScene(this.project.scenes[0].id);
    });
  }

  /** Plays the arrangement from the start. */
  playArrangement(): Promise<void> {
    return this.withEngine((engine) => engine.player.start('arrangement'));
  }

  launch(track: string, clip: string): Promise<void> {
    return this.withEngine((engine) => engine.player.launch(track, clip));
  }

  /**
   * The song as a WAV file: the arrangement if anything is placed on it, else the session view's first
   * scene for its longest clip. `onProgress` hears the share done.
   */
  async exportWav(depth: WavDepth, onProgress?: (done: number) => void): Promise<Uint8Array> {
    const project = this.project;
    const placed = project.tracks.some((track) => track.placements.length > 0);
    const scene = project.scenes[0]?.id;
    const clips = project.tracks.flatMap((track) => track.clips.filter((clip) => clip.scene === scene));
    const length = Math.max(0, ...clips.map((clip) => clip.length));
    const sessionOnly = !placed && scene && length > 0 ? asArrangement(project, scene, length) : project;
    const buffer = await renderSong(sessionOnly, { onProgress });
    const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
    return encodeWav({ sampleRate: buffer.sampleRate, channels }, depth);
  }

  pointer(phase: PointerPhase, u: number, v: number): void {
    const x = u * WIDTH;
    const y = v * HEIGHT;
    if (phase !== 'down') {
      if (this.dragging && phase === 'move') {
        const target = targetAt(this.project, 'mixer', null, x, y);
        if (target.kind === 'fader' && target.track === this.dragging)
          this.edit({ op: 'mixer', track: target.track, volume: target.volume });
      }
      if (phase === 'up') {
        this.dragEnd?.();
        this.dragEnd = null;
        this.dragging = null;
      }
      return;
    }
    const target = targetAt(this.project, this.view, this.selected, x, y);
    switch (target.kind) {
      case 'button':
        return this.press(target.name);
      case 'track': {
        const clip = this.project.tracks.find((t) => t.id === target.track)?.clips[0];
        if (clip) this.select(target.track, clip.id);
        return;
      }
      case 'slot': {
        const track = this.project.tracks.find((t) => t.id === target.track);
        if (!track) return;
        if (target.clip && target.launch) void this.launch(target.track, target.clip);
        else if (target.clip) this.select(target.track, target.clip, 'notes');
        else {
          const id = newId();
          if (this.edit(newClip(track, target.scene, id, track.clips.length + 1)))
            this.select(track.id, id, 'notes');
        }
        return;
      }
      case 'cell': {
        const track = this.project.tracks.find((t) => t.id === this.selected?.track);
        if (track && this.selected) this.edit(toggleNote(track, this.selected.clip, target, newId()));
        return;
      }
      case 'fader':
        this.dragEnd = this.history.gesture();
        this.dragging = target.track;
        this.edit({ op: 'mixer', track: target.track, volume: target.volume });
        return;
      case 'mute':
      case 'solo': {
        const mixer = this.project.tracks.find((t) => t.id === target.track)?.mixer;
        if (mixer) this.edit({ op: 'mixer', track: target.track, [target.kind]: !mixer[target.kind] });
        return;
      }
      case 'none':
        return;
    }
  }

  /**
   * A key pressed on the page: in the notes view of a melodic clip, the piano keys (A to P, Z and X for the
   * octave) play the note and write it at the cursor, a beat long, moving the cursor on a beat (round to
   * the start at the clip's end). Returns whether the key was the piano's.
   */
  keyDown(key: string): boolean {
    if (this.view !== 'notes' || !this.selected) return false;
    const track = this.project.tracks.find((t) => t.id === this.selected?.track);
    const clip = this.findSelected();
    if (!track || !clip || track.instrument.type === 'drums') return false;
    const octave = octaveAfter(key, this.octave);
    if (octave !== null) {
      this.octave = octave;
      this.redraw();
      return true;
    }
    const pitch = pianoPitch(key, this.octave);
    if (pitch === null) return false;
    void this.withEngine((engine) =>
      engine.graph.play(track.id, pitch, engine.context.currentTime, 0.4, 0.8),
    );
    const start = this.cursor < clip.length ? this.cursor : 0;
    const note = { id: newId(), pitch, start, duration: Math.min(1, clip.length - start), velocity: 0.8 };
    if (this.edit({ op: 'addNotes', track: track.id, clip: clip.id, notes: [note] })) {
      this.cursor = start + 1 >= clip.length ? 0 : start + 1;
      this.redraw();
    }
    return true;
  }

  /** Shows `view` (the notes view needs a clip selected). */
  show(view: View): void {
    if (view === 'notes' && !this.selected) return;
    this.view = view;
    this.redraw();
  }

  select(track: string, clip: string, view?: View): void {
    if (this.selected?.clip !== clip) this.cursor = 0;
    this.selected = { track, clip };
    if (view) this.view = view;
    this.redraw();
  }

  onRedraw(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows the song and the player; returns how to stop. */
  start(): () => void {
    const onUpdate = () => {
      this.project = readProject(this.options.doc);
      if (this.selected && !this.findSelected()) {
        this.selected = null;
        if (this.view === 'notes') this.view = 'session';
      }
      void this.engine?.update(this.project);
      this.redraw();
    };
    this.options.doc.on('update', onUpdate);
    const stopHistory = this.history.onChange(() => this.redraw());
    const tick = () => {
      if (this.playing) this.redraw();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
    return () => {
      this.options.doc.off('update', onUpdate);
      stopHistory();
      cancelAnimationFrame(this.frame);
      this.engine?.dispose();
      this.engine = null;
      this.engineStarting = null;
    };
  }

  /**
   * Lets go of the undo history, for good (the app is not used again). Not needed when the song's document
   * goes with the app: the history lives as long as the document does.
   */
  dispose(): void {
    this.history.destroy();
  }

  private press(name: string): void {
    if (name === 'play') void this.togglePlay();
    else if (name === 'slower' || name === 'faster')
      this.edit(nudgeTempo(this.project, name === 'faster' ? 5 : -5));
    else if (name === 'session' || name === 'notes' || name === 'mixer') this.show(name);
    else if (name === 'undo') this.undo();
    else if (name === 'redo') this.redo();
    else if (name === 'addTrack') this.edit(nextTrack(this.project, newId()));
  }

  private findSelected() {
    const track = this.project.tracks.find((t) => t.id === this.selected?.track);
    return track?.clips.find((c) => c.id === this.selected?.clip);
  }

  /** Runs `action` on the engine (made on first use); a sound that cannot start is told, not thrown. */
  private async withEngine(action: (engine: LiveEngine) => void): Promise<void> {
    try {
      action(await this.ensureEngine());
    } catch (error) {
      this.engineStarting = null;
      const reason = error instanceof Error ? error.message : String(error);
      this.options.onError?.(`The sound could not start: ${reason}`);
    }
    this.redraw();
  }

  private async ensureEngine(): Promise<LiveEngine> {
    if (this.engine) return this.engine;
    this.engineStarting ??= createLiveEngine(this.project).then((engine) => {
      this.engine = engine;
      engine.player.onChange(() => this.redraw());
      return engine;
    });
    const engine = await this.engineStarting;
    await (engine.context.rawContext as AudioContext).resume?.();
    return engine;
  }

  private redraw(): void {
    const g = this.canvas.getContext('2d');
    if (!g) return;
    const player = this.engine?.player;
    const beat = player?.beatAt() ?? 0;
    const nowPlaying: Record<string, string> = {};
    for (const [track, segments] of Object.entries(player?.state.session.playing ?? {})) {
      const current = segments.find((s) => s.launchedAt <= beat && (s.stopAt === null || s.stopAt > beat));
      if (current) nowPlaying[track] = current.clip;
    }
    const clip = this.findSelected();
    const segment =
      this.selected && player?.playing
        ? player.state.session.playing[this.selected.track]?.find(
            (s) => s.clip === this.selected?.clip && s.launchedAt <= beat,
          )
        : undefined;
    const levels: Record<string, number> = {};
    for (const track of this.project.tracks) {
      const db = this.engine?.graph.level(track.id) ?? Number.NEGATIVE_INFINITY;
      levels[track.id] = Number.isFinite(db) ? Math.max(0, (db + 60) / 60) : 0;
    }
    draw(g, {
      project: this.project,
      view: this.view,
      selected: this.selected,
      playing: this.playing,
      nowPlaying,
      playhead: segment && clip ? (beat - segment.launchedAt) % clip.length : null,
      cursor: this.view === 'notes' ? { beat: this.cursor, octave: this.octave } : null,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      levels,
    });
    for (const listener of this.listeners) listener();
  }
}

/** The song with scene `scene`'s clips laid out on the timeline once, `length` beats long (to export it). */
function asArrangement(project: Project, scene: string, length: number): Project {
  return {
    ...project,
    tracks: project.tracks.map((track) => ({
      ...track,
      placements: track.clips
        .filter((clip) => clip.scene === scene)
        .map((clip) => ({ id: `export-${clip.id}`, clip: clip.id, start: 0, length })),
    })),
  };
}
