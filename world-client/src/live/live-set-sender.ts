// A performer's live set, sent: the DAW's song (whole when opened, then each edit, gathered for a moment so a
// knob turned is a few updates a second, not sixty), what its player plays (the transport, beat 0's time on
// the shared clock, as heard on this page), and the notes played by hand. Listeners render it all.
import type { TransportMessage } from '@prostudio/protocol';
import type { PlayedNote } from '@prostudio/studio-tools/daw/editor';
import type { PlayerState } from '@prostudio/studio-tools/daw/engine';
import * as Y from 'yjs';
import type { WorldConnection } from '../net/world-connection.ts';
import { pageTimeOf, readClocks } from './audio-time.ts';

/** Edits are gathered this long before they go (ms). */
const GATHER_MS = 50;

/** The origin of changes to a song that came from the room: they are not sent back. */
export const FROM_ROOM = Symbol('from the room');

type Link = Pick<WorldConnection, 'clock' | 'sendSong' | 'sendTransport' | 'sendLiveNote'>;

export class LiveSetSender {
  private gathered: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The transport waiting for the shared clock's first reading, if it had none. */
  private waiting: { state: PlayerState; context: AudioContext } | null = null;

  constructor(private readonly link: Link) {}

  /**
   * Sends each edit made here to `doc` from now on (not those from the room), and `doc` whole first when
   * `whole` (a new song for the room, in place of the last).
   */
  sing(doc: Y.Doc, whole = true): (discard?: boolean) => void {
    this.flush();
    if (whole) this.sendWhole(doc);
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_ROOM) return;
      this.gathered.push(update);
      this.timer ??= setTimeout(() => this.flush(), GATHER_MS);
    };
    doc.on('update', onUpdate);
    // `discard`: edits not sent yet are dropped (the song they edit was replaced by the room's).
    return (discard = false) => {
      if (discard) this.gathered = [];
      this.flush();
      doc.off('update', onUpdate);
    };
  }

  /** Sends `doc` whole, as a new song in place of the last. */
  sendWhole(doc: Y.Doc): void {
    this.flush();
    this.link.sendSong(Y.encodeStateAsUpdate(doc), true);
  }

  /** What the DAW's player plays now, sent with beat 0 on the shared clock. */
  playerChanged(state: PlayerState, context: AudioContext): void {
    // An edit made just before (a tempo change) goes first: listeners play the transport on the song.
    this.flush();
    const transport = this.transportOf(state, context);
    this.waiting = transport ? null : { state, context };
    if (transport) this.link.sendTransport(transport);
  }

  /** A note played by hand, at its time on the shared clock. */
  notePlayed(note: PlayedNote, context: AudioContext): void {
    const { stamp, now } = readClocks(context);
    const at = this.link.clock.sharedAt(pageTimeOf(note.time, stamp, now));
    if (at === null) return;
    const { track, pitch, velocity, duration } = note;
    this.link.sendLiveNote({ track, pitch, velocity, at, duration: Math.max(0.01, duration) });
  }

  /** Sends a transport that waited for the shared clock, once it can (called every so often). */
  retry(): void {
    if (this.waiting) this.playerChanged(this.waiting.state, this.waiting.context);
  }

  /** Stops the set for the audience (the DAW closed or went off air). */
  stop(): void {
    this.waiting = null;
    this.link.sendTransport({ mode: 'stopped' });
  }

  private transportOf(state: PlayerState, context: AudioContext): TransportMessage | null {
    const { stamp, now } = readClocks(context);
    const since = this.link.clock.sharedAt(now.pageNow);
    if (since === null) return null;
    if (!state.playing || state.origin === null) return { mode: 'stopped', since };
    const origin = this.link.clock.sharedAt(pageTimeOf(state.origin, stamp, now));
    if (origin === null) return null;
    const playing = Object.fromEntries(
      Object.entries(state.session.playing).map(([track, clips]) => [track, [...clips]]),
    );
    const session = { playing };
    return { mode: state.mode, since, origin, tempo: state.tempo, session };
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.gathered.length === 0) return;
    const update = Y.mergeUpdates(this.gathered);
    this.gathered = [];
    this.link.sendSong(update);
  }
}
