// A live set, heard: this page's copy of the performer's song (a Yjs document the room's updates build), the
// DAW's engine playing it on the venue's sound, and the performer's transport and hand-played notes placed on
// this page's audio clock through the shared clock, LIVE_SET_DELAY_MS after the performer, so every listener
// hears the same music at the same moment, rendered here at full quality from a few kilobits a second.
import {
  decodeSongMessage,
  LIVE_SET_DELAY_MS,
  type LiveNoteMessage,
  type TransportMessage,
} from '@prostudio/protocol';
import { readProject, type Project } from '@prostudio/studio-tools/daw';
import { projectProblem } from '@prostudio/studio-tools/daw/check';
import type { LiveEngine, SharedAudio } from '@prostudio/studio-tools/daw/engine';
import * as Y from 'yjs';
import { contextTimeAt, readClocks } from './audio-time.ts';
import type { SharedClock } from './shared-clock.ts';

/** What a listener is told of the set. */
export interface LiveSetStatus {
  /** The song's name once one has come, else null. */
  readonly song: string | null;
  readonly playing: boolean;
  /** Why the latest song cannot be played (the last good one plays on), else null. */
  readonly problem: string | null;
}

/** The player's look-ahead (studio-tools/daw/src/engine/player.ts), and a little more: ms. */
const LOOKAHEAD_MS = 250;

export class LiveSetPlayer {
  /** The song: this player's own copy (a stage's), or a document the page shares (a classroom's). */
  private doc = new Y.Doc();
  private ownsDoc = true;
  private readonly songChanged = () => this.readSong();
  private project: Project | null = null;
  private transport: TransportMessage = { mode: 'stopped' };
  private engine: LiveEngine | null = null;
  private starting: Promise<void> | null = null;
  private audio: SharedAudio | null = null;
  private problem: string | null = null;
  private disposed = false;
  /** Transports waiting for their moment. */
  private readonly waiting = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly clock: SharedClock,
    private readonly onStatus: (status: LiveSetStatus) => void,
  ) {
    this.doc.on('update', this.songChanged);
  }

  /** Plays `doc` (the page's copy of a classroom's song, edited here too) in place of its own copy. */
  useDoc(doc: Y.Doc, owned = false): void {
    this.doc.off('update', this.songChanged);
    if (this.ownsDoc) this.doc.destroy();
    this.doc = doc;
    this.ownsDoc = owned;
    doc.on('update', this.songChanged);
    this.readSong();
  }

  /** Plays on `audio` from now on (the venue's sound, once a gesture started it). */
  setAudio(audio: SharedAudio): void {
    this.audio = audio;
    void this.ensureEngine();
  }

  /** A song message from the room: an edit of the song, or a whole new one. */
  song(bytes: Uint8Array): void {
    const message = decodeSongMessage(bytes);
    try {
      if (!message.ok) throw new Error(message.error);
      if (message.replace) this.useDoc(new Y.Doc(), true);
      Y.applyUpdate(this.doc, message.update);
    } catch {
      this.problem = 'A part of the set did not arrive whole.';
      this.tell();
    }
  }

  /** Reads the song as it is now: played when the DAW can play it, else kept out, saying why. */
  private readSong(): void {
    const project = readProject(this.doc);
    this.problem = projectProblem(project);
    if (!this.problem) {
      this.project = project;
      void this.engine?.update(project).then(() => this.follow());
      void this.ensureEngine();
    }
    this.tell();
  }

  /**
   * What the performer plays from now: a change (a stop, a tempo change, a launch) is made at the point of
   * the music the performer made it, the set's delay after they did (a little before, so the player's look-
   * ahead meets it), not as soon as it arrives.
   */
  setTransport(transport: TransportMessage): void {
    const due =
      transport.since === undefined ? null : this.clock.localAt(transport.since + LIVE_SET_DELAY_MS);
    const wait = due === null ? 0 : due - LOOKAHEAD_MS - performance.now();
    if (wait <= 0) return this.applyTransport(transport);
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      this.applyTransport(transport);
    }, wait);
    this.waiting.add(timer);
  }

  private applyTransport(transport: TransportMessage): void {
    this.transport = transport;
    this.follow();
    void this.ensureEngine();
    this.tell();
  }

  note(note: LiveNoteMessage): void {
    const engine = this.engine;
    const time = this.contextTimeOf(note.at);
    if (!engine || time === null || time < engine.context.currentTime) return;
    engine.graph.play(note.track, note.pitch, time, note.duration, note.velocity);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.waiting) clearTimeout(timer);
    this.engine?.dispose();
    this.engine = null;
    this.doc.off('update', this.songChanged);
    if (this.ownsDoc) this.doc.destroy();
  }

  /** The audio-clock time heard at the performer's shared time `at` plus the set's delay. */
  private contextTimeOf(at: number): number | null {
    const context = this.audio?.context;
    const local = this.clock.localAt(at + LIVE_SET_DELAY_MS);
    if (!context || local === null) return null;
    const { stamp, now } = readClocks(context);
    return contextTimeAt(local, stamp, now);
  }

  /**
   * Places the set on this page's clock again: the shared clock's estimate improves with each reading (the
   * first comes a moment after joining, often after the transport), and the engine may just have been made.
   */
  resync(): void {
    this.follow();
    void this.ensureEngine();
  }

  /** The player follows the transport: beat 0 heard at its origin (plus the delay) on this page. */
  private follow(): void {
    const player = this.engine?.player;
    if (!player) return;
    const transport = this.transport;
    if (transport.mode === 'stopped') {
      if (player.playing) player.stop();
      return;
    }
    const origin = this.contextTimeOf(transport.origin);
    if (origin === null) return;
    player.follow(transport.mode, origin, transport.tempo, transport.session);
  }

  /** Makes the engine once there is a song, the sound runs and the shared clock has been read. */
  private ensureEngine(): Promise<void> {
    const { project, audio } = this;
    if (this.engine || this.starting || !project || !audio || this.disposed) return Promise.resolve();
    // The engine (Tone.js) loads only when there is a set to play: a page that never hears one never has it.
    this.starting = import('@prostudio/studio-tools/daw/engine')
      .then(({ createLiveEngine }) => createLiveEngine(project, audio, false))
      .then(
        (engine) => {
          this.starting = null;
          if (this.disposed) return engine.dispose();
          this.engine = engine;
          // Edits that came while it was being made.
          if (this.project && this.project !== project) void engine.update(this.project);
          this.follow();
          this.tell();
        },
        (error: unknown) => {
          this.starting = null;
          this.problem = `The music could not start: ${error instanceof Error ? error.message : String(error)}`;
          this.tell();
        },
      );
    return this.starting;
  }

  private tell(): void {
    this.onStatus({
      song: this.project?.song.name ?? null,
      playing: this.engine?.player.playing ?? false,
      problem: this.problem,
    });
  }
}
