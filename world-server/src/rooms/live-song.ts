// A live set's song as the room keeps it: a Yjs document built from the performer's updates, each checked
// before it is kept (it must decode, and the song after it must be one the DAW can play, within the size of
// a saved song), so a damaged or hostile update is refused and the song stays as it was. Newcomers get the
// whole document; everyone else gets each update as it comes. Also holds the set's transport, for newcomers.
import { documentProblem } from '@prostudio/studio-tools/daw/check';
import {
  decodeSongPart,
  LIVE_SONG_MAX_BYTES,
  SongPartJoiner,
  type TransportMessage,
} from '@prostudio/protocol';
import * as Y from 'yjs';

/** A kept update (`replace`: a whole new song), or why it was refused. */
export type SongVerdict = { update: Uint8Array; replace: boolean } | { refusal: string };

export class LiveSong {
  private doc = new Y.Doc();
  /**
   * A second copy an update is tried on first; kept in step, so trying one costs one more apply, not a copy
   * of the whole song. Rebuilt from the song after a refusal.
   */
  private trial = new Y.Doc();
  private readonly joiners = new Map<string, SongPartJoiner>();
  /** Bytes of updates kept since the song's size was last measured (an upper bound of its growth). */
  private growth = 0;
  private measured = 0;
  /** What plays now. */
  transport: TransportMessage = { mode: 'stopped' };

  /** Whether a song has arrived. */
  received = false;

  /**
   * A part of an update from `sender`: the update, checked and kept, once its last part is in; a refusal
   * saying why when the part or the update is bad; null while parts are still to come.
   */
  acceptPart(sender: string, bytes: Uint8Array): SongVerdict | null {
    const decoded = decodeSongPart(bytes);
    if (!decoded.ok) return { refusal: `That song update is damaged (${decoded.error}).` };
    let joiner = this.joiners.get(sender);
    if (!joiner) this.joiners.set(sender, (joiner = new SongPartJoiner()));
    const joined = joiner.add(decoded.part);
    if (joined === null) return null;
    if ('error' in joined) return { refusal: `That song update is damaged (${joined.error}).` };
    return this.accept(joined.update, joined.replace);
  }

  /**
   * A whole update (from a sender's parts, or another room of the show), kept if the song stays playable;
   * `replace`: a whole new song, which takes the place of the one before.
   */
  accept(update: Uint8Array, replace = false): SongVerdict {
    if (update.byteLength > LIVE_SONG_MAX_BYTES) return { refusal: 'That song is too large for a live set.' };
    if (replace) {
      this.trial.destroy();
      this.trial = new Y.Doc();
      this.measured = 0;
      this.growth = 0;
    }
    const problem = this.tryOn(update);
    if (problem) {
      const song = Y.encodeStateAsUpdate(this.doc);
      this.trial.destroy();
      this.trial = new Y.Doc();
      Y.applyUpdate(this.trial, song);
      this.measured = song.byteLength;
      this.growth = 0;
      return { refusal: problem };
    }
    if (replace) {
      this.doc.destroy();
      this.doc = new Y.Doc();
    }
    Y.applyUpdate(this.doc, update);
    this.received = true;
    return { update, replace };
  }

  /** The whole song, for a newcomer. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** Forgets a sender's unfinished parts (they left). */
  forget(sender: string): void {
    this.joiners.delete(sender);
  }

  dispose(): void {
    this.doc.destroy();
    this.trial.destroy();
  }

  /** Applies `update` to the trial copy; why the song after it is refused, or null. */
  private tryOn(update: Uint8Array): string | null {
    try {
      Y.applyUpdate(this.trial, update);
    } catch {
      return 'That song update is damaged: it is not an edit of a song.';
    }
    const problem = documentProblem(this.trial);
    if (problem) return `That song cannot be played: ${problem}.`;
    this.growth += update.byteLength;
    if (this.measured + this.growth > LIVE_SONG_MAX_BYTES) {
      this.measured = Y.encodeStateAsUpdate(this.trial).byteLength;
      this.growth = 0;
      if (this.measured > LIVE_SONG_MAX_BYTES) return 'That song is too large for a live set.';
    }
    return null;
  }
}
