// The DAW as a panel app: it draws on its own canvas and takes pointer input in the canvas's terms (u, v
// from its top left, 0..1), whether from a mouse, a finger or an XR ray, so one editor serves the page, a
// wall and a headset. Edits are operations on the song's Yjs document (one undo step each, this person's
// own history); the engine is made on the first Play (a browser lets sound start only from a gesture).
import type * as Y from 'yjs';

import { applyOperation } from '../core/apply.ts';
import { readProject } from '../core/doc.ts';
import { History } from '../core/history.ts';
import { parseMidi } from '../core/midi.ts';
import { newId } from '../core/ids.ts';
import type { Operation } from '../core/operations.ts';
import type { Project } from '../core/project.ts';
import { createLiveEngine, type LiveEngine, type SharedAudio } from '../engine/live.ts';
import type { PlayerState } from '../engine/player.ts';
import { barBeats } from '../core/timing.ts';
import { arrangeTarget, songEnd } from './arrange-layout.ts';
import { devicesTarget, devicesTrack } from './devices-layout.ts';
import { NO_SELECTION, runCommand, type Clipboard, type Command, type Selection } from './commands.ts';
import { draw } from './draw.ts';
import { renderMix, type RenderedMix } from './export-song.ts';
import { dragEdit, type Drag } from './gestures.ts';
import { octaveAfter, pianoPitch, DEFAULT_OCTAVE } from './keyboard-piano.ts';
import { choosingClip, pressOutcome, type Press } from './press.ts';
import { NO_KEYS, stepInput, type StepState } from './step-input.ts';
import { whatPlays } from './what-plays.ts';
import { HEIGHT, targetAt, WIDTH, type Target, type View } from './layout.ts';

export type PointerPhase = 'down' | 'move' | 'up';

export interface DawAppOptions {
  readonly doc: Y.Doc;
  /** This person's edits are applied with it (their undo history tracks it). */
  readonly origin: unknown;
  /** Told an edit or the sound failed, in words for the person. */
  readonly onError?: (message: string) => void;
  /**
   * Asked for a sound file for `track`'s sampler, within the press (so the page may open a file dialog);
   * the page edits the song with what it reads.
   */
  readonly onLoadSample?: (track: string) => void;
  /** Where the sound plays: the page's own AudioContext (the venue's) and a node of it; default: a new one. */
  readonly audio?: SharedAudio;
  /** Told whenever what plays changes (a start, a stop, a launch, a tempo change), with the audio clock's times. */
  readonly onPlayerChange?: (state: PlayerState, context: AudioContext) => void;
  /** Told of each note played by hand (computer keys, MIDI), at audio-clock `time`. */
  readonly onNotePlayed?: (note: PlayedNote, context: AudioContext) => void;
}

/** A note played by hand, not from a clip. */
export interface PlayedNote {
  readonly track: string;
  readonly pitch: number;
  readonly velocity: number;
  /** Seconds. */
  readonly duration: number;
  /** Audio-clock seconds. */
  readonly time: number;
}

/** Two presses on the same thing within this many milliseconds are a double press. */
const DOUBLE_PRESS_MS = 400;

export class DawApp {
  readonly canvas: HTMLCanvasElement;
  readonly aspect = WIDTH / HEIGHT;
  readonly history: History;
  view: View = 'session';
  private selection: Selection = NO_SELECTION;
  private clipboard: Clipboard = null;
  private project: Project;
  private engine: LiveEngine | null = null;
  private engineStarting: Promise<LiveEngine> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly options: DawAppOptions;
  /** The drag under way: what it drags, the step it last applied, and how to close its undo step. */
  private drag: { drag: Drag; key: string | null; end: () => void } | null = null;
  private lastPress: { key: string; time: number } | null = null;
  private frame = 0;
  /** The keyboard piano's octave. */
  private octave = DEFAULT_OCTAVE;
  private clicking = false;
  /** The MIDI keys held, for step input. */
  private keys: StepState = NO_KEYS;

  constructor(options: DawAppOptions) {
    this.options = options;
    this.canvas = document.createElement('canvas');
    this.canvas.width = WIDTH;
    this.canvas.height = HEIGHT;
    this.canvas.className = 'daw-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('aria-label', 'The DAW: tracks, clips, the arrangement, notes and mixer');
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

  /** The clip the notes view edits. */
  get selected(): Selection['clip'] {
    return this.selection.clip;
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

  /**
   * Plays, or stops: the arrangement from the bar chosen on its ruler in the arrangement view (stopping a
   * bar after its end), else the session view's launched clips (its first scene if none).
   */
  togglePlay(): Promise<void> {
    return this.withEngine((engine) => {
      if (engine.player.playing) engine.player.stop();
      else if (this.view === 'arrange') engine.player.start('arrangement', this.selection.playFrom);
      else if (this.project.scenes[0]) engine.player.launchScene(this.project.scenes[0].id);
    });
  }

  /** Whether the metronome clicks while playing (this person's own: never in the mix or an export). */
  get metronome(): boolean {
    return this.clicking;
  }

  toggleMetronome(): void {
    this.clicking = !this.clicking;
    if (this.engine?.player.metronome) this.engine.player.metronome.on = this.clicking;
    this.redraw();
  }

  launch(track: string, clip: string): Promise<void> {
    return this.withEngine((engine) => engine.player.launch(track, clip));
  }

  /**
   * The song rendered for export: the arrangement if anything is placed on it, else the session view's
   * first scene for its longest clip. `onProgress` hears the share done.
   */
  renderMix(onProgress?: (done: number) => void): Promise<RenderedMix> {
    return renderMix(this.project, onProgress);
  }

  /** A press, move or release at (u, v) of the canvas; `shift` adds a note to the chosen ones. */
  pointer(phase: PointerPhase, u: number, v: number, shift = false): void {
    const x = u * WIDTH;
    const y = v * HEIGHT;
    if (phase === 'move') {
      if (this.drag) this.dragTo(x, y);
      return;
    }
    // A release ends the drag; so does a new press (a second finger, or a release the page never saw).
    this.drag?.end();
    this.drag = null;
    if (phase === 'up') return;
    const target =
      this.view === 'arrange'
        ? arrangeTarget(this.project, x, y)
        : this.view === 'devices'
          ? devicesTarget(this.project, devicesTrack(this.project, this.selection), x, y)
          : targetAt(this.project, this.view, this.selection.clip, x, y);
    this.press({ target, double: this.isDoublePress(target), shift, x, y });
  }

  /**
   * A key pressed on the page: in the notes view of a melodic clip, the piano keys (A to P, Z and X for the
   * octave) play the note and write it at the cursor, a beat long, moving the cursor on a beat (round to
   * the start at the clip's end). Returns whether the key was the piano's.
   */
  keyDown(key: string): boolean {
    if (this.view !== 'notes' || !this.selection.clip) return false;
    const track = this.project.tracks.find((t) => t.id === this.selection.clip?.track);
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
    this.playByHand(track.id, pitch, 0.4, 0.8);
    const cursor = this.selection.cursor;
    const start = cursor < clip.length ? cursor : 0;
    const note = { id: newId(), pitch, start, duration: Math.min(1, clip.length - start), velocity: 0.8 };
    if (this.edit({ op: 'addNotes', track: track.id, clip: clip.id, notes: [note] }))
      this.setSelection({ cursor: start + 1 >= clip.length ? 0 : start + 1 });
    return true;
  }

  /**
   * A MIDI message from a keyboard or pads: the chosen track plays the note, and in a clip's notes it is
   * written by step input (keys held together make a chord at the cursor; the cursor moves on when all are
   * up). Notes sound for half a second: the instruments take each note's length when it starts.
   */
  midi(data: ArrayLike<number>): void {
    const message = parseMidi(data);
    if (!message) return;
    const out = stepInput(this.project, this.view, this.selection, this.keys, message, newId);
    this.keys = out.state;
    const { play } = out;
    if (play) this.playByHand(play.track, play.pitch, 0.5, play.velocity);
    if (out.op) this.edit(out.op);
    if (out.cursor !== null) this.setSelection({ cursor: out.cursor });
  }

  /**
   * A command from the keyboard (copy, paste, duplicate, delete, select all, cursor left or right) in the
   * view shown. Returns whether it applied here (so the page lets other keys be).
   */
  command(command: Command): boolean {
    const result = runCommand(this.project, this.view, this.selection, this.clipboard, command, newId);
    if (!result) return false;
    if (result.error) this.options.onError?.(result.error);
    const end = result.ops.length > 1 ? this.history.gesture() : null;
    const applied = result.ops.every((op) => this.edit(op));
    end?.();
    this.clipboard = result.clipboard;
    if (applied) this.setSelection(result.selection);
    return true;
  }

  /** Shows `view` (the notes view needs a clip selected). */
  show(view: View): void {
    if (view === 'notes' && !this.selection.clip) return;
    this.view = view;
    this.redraw();
  }

  select(track: string, clip: string, view?: View): void {
    this.selection = { ...this.selection, ...choosingClip(this.selection, track, clip) };
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
      this.forgetWhatIsGone();
      void this.engine?.update(this.project);
      this.redraw();
    };
    this.options.doc.on('update', onUpdate);
    const stopHistory = this.history.onChange(() => this.redraw());
    const tick = () => {
      const player = this.engine?.player;
      if (player?.playing && player.state.mode === 'arrangement') {
        const end = songEnd(this.project) + barBeats(this.project.song);
        if (player.beatAt() > Math.max(end, this.selection.playFrom + barBeats(this.project.song)))
          player.stop();
      }
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

  private press(press: Press): void {
    const outcome = pressOutcome(this.project, this.selection, press, newId);
    if (outcome.error) this.options.onError?.(outcome.error);
    if (outcome.button === 'play') void this.togglePlay();
    else if (outcome.button === 'undo') this.undo();
    else if (outcome.button === 'redo') this.redo();
    else if (outcome.button === 'metronome') this.toggleMetronome();
    if (outcome.loadSample) this.options.onLoadSample?.(outcome.loadSample);
    const end = outcome.drag ? this.history.gesture() : null;
    if (!(outcome.ops ?? []).every((op) => this.edit(op))) return end?.();
    if (outcome.selection) this.selection = { ...this.selection, ...outcome.selection };
    if (outcome.launch) void this.launch(outcome.launch.track, outcome.launch.clip);
    if (outcome.drag && end) this.startDrag(outcome.drag, press.x, press.y, end, outcome.dragFromPress);
    if (outcome.view) this.show(outcome.view);
    else this.redraw();
  }

  /** Starts a drag, `end` closing its undo step; `apply`: the press is its first step. */
  private startDrag(drag: Drag, x: number, y: number, end: () => void, apply = false): void {
    this.drag = { drag, key: null, end };
    if (apply) this.dragTo(x, y);
    else this.drag.key = dragEdit(this.project, drag, x, y)?.key ?? null;
  }

  private dragTo(x: number, y: number): void {
    if (!this.drag) return;
    const change = dragEdit(this.project, this.drag.drag, x, y);
    if (!change || change.key === this.drag.key) return;
    this.drag.key = change.key;
    this.edit(change.op);
  }

  /** Whether `target` was pressed a moment ago too (notes, placed clips and knobs only). */
  private isDoublePress(target: Target): boolean {
    const key =
      target.kind === 'cell' && target.note
        ? `note:${target.note}`
        : target.kind === 'placement'
          ? `placement:${target.placement}`
          : target.kind === 'knob'
            ? `knob:${target.track}:${target.address}`
            : null;
    const now = performance.now();
    const double = key !== null && this.lastPress?.key === key && now - this.lastPress.time < DOUBLE_PRESS_MS;
    this.lastPress = key && !double ? { key, time: now } : null;
    return double;
  }

  private setSelection(changes: Partial<Selection>): void {
    this.selection = { ...this.selection, ...changes };
    this.redraw();
  }

  /** Lets go of chosen things another edit (this person's undo, or someone else's) took away. */
  private forgetWhatIsGone(): void {
    const clip = this.findSelected();
    const { placement } = this.selection;
    const placed = this.project.tracks
      .find((t) => t.id === placement?.track)
      ?.placements.some((p) => p.id === placement?.placement);
    const notes = new Set([...this.selection.notes].filter((id) => clip?.notes.some((n) => n.id === id)));
    const track = this.project.tracks.some((t) => t.id === this.selection.track);
    this.selection = {
      track: track ? this.selection.track : null,
      clip: clip ? this.selection.clip : null,
      notes,
      placement: placed ? placement : null,
      cursor: clip ? Math.min(this.selection.cursor, clip.length) : 0,
      playFrom: this.selection.playFrom,
    };
    if (!clip && this.view === 'notes') this.view = 'session';
  }

  private findSelected() {
    const track = this.project.tracks.find((t) => t.id === this.selection.clip?.track);
    return track?.clips.find((c) => c.id === this.selection.clip?.clip);
  }

  /** Sounds a note played by hand now, and tells whoever listens for such notes. */
  private playByHand(track: string, pitch: number, duration: number, velocity: number): void {
    void this.withEngine((engine) => {
      const time = engine.context.currentTime;
      engine.graph.play(track, pitch, time, duration, velocity);
      this.options.onNotePlayed?.({ track, pitch, velocity, duration, time }, engine.audio);
    });
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
    this.engineStarting ??= createLiveEngine(this.project, this.options.audio ?? null).then((engine) => {
      this.engine = engine;
      if (engine.player.metronome) engine.player.metronome.on = this.clicking;
      engine.player.onChange(() => {
        this.options.onPlayerChange?.(engine.player.state, engine.audio);
        this.redraw();
      });
      return engine;
    });
    const engine = await this.engineStarting;
    await engine.audio.resume();
    return engine;
  }

  private redraw(): void {
    const g = this.canvas.getContext('2d');
    if (!g) return;
    draw(g, {
      project: this.project,
      view: this.view,
      selection: this.selection,
      playing: this.playing,
      ...whatPlays(this.project, this.engine, this.selection.clip),
      octave: this.octave,
      metronome: this.clicking,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    });
    for (const listener of this.listeners) listener();
  }
}
