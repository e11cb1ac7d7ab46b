// A room's shared song: on a stage, the performer's live set; in a classroom, the song the class makes
// together. Song updates (in parts) from those allowed to edit, checked (live-song.ts) and sent on to
// everyone else; the transport and hand-played notes from those allowed to play for the room; newcomers
// given the song and what plays. A stage shares all of it with its show's other rooms; a classroom keeps its
// song (a store the venue gives), so the session survives everyone leaving.
import type { Client } from '@colyseus/core';
import {
  BYTES_MESSAGE,
  CLOSE_MISBEHAVED,
  encodeSongMessage,
  type LiveNoteMessage,
  ROOM_MESSAGE,
  type TransportMessage,
} from '@prostudio/protocol';
import { LiveSong } from './live-song.ts';

/** Where a classroom's song is kept between sessions (the venue's database, or memory in tests). */
export interface SongStore {
  load(space: string): Promise<Uint8Array | null>;
  save(space: string, state: Uint8Array): Promise<void>;
}

/** Another room that hears this desk's song, transport and notes (a show's other instances). */
export interface SongShare {
  song(update: Uint8Array, replace: boolean): void;
  transport(transport: TransportMessage): void;
  note(note: LiveNoteMessage): void;
}

/** What the desk needs of its room: sending to everyone, or everyone but one. */
export interface SongRoom {
  broadcast(type: string, message: unknown, options?: { except?: Client }): void;
  broadcastBytes(type: number, bytes: Uint8Array, options: { except?: Client }): void;
}

/** Refused song updates tolerated from one sender before they are dropped (a bug or an attack). */
const MAX_REFUSED = 5;
/** A kept song is saved this long after its last change (ms), and when the room closes. */
const SAVE_AFTER_MS = 2000;

export class SongDesk {
  readonly song = new LiveSong();
  /** Another room to share with (a show's), once linked. */
  share: SongShare | null = null;
  private readonly refused = new Map<string, number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private unsaved = false;
  private readonly room: SongRoom;
  private readonly keep: { store: SongStore; space: string } | null;

  /** `keep`: where the song is kept between sessions (a classroom's), or null. */
  constructor(room: SongRoom, keep: { store: SongStore; space: string } | null = null) {
    this.room = room;
    this.keep = keep;
  }

  /** Loads the kept song (a classroom's), before anyone can edit it. */
  async open(): Promise<void> {
    if (!this.keep) return;
    const state = await this.keep.store.load(this.keep.space).catch((error: unknown) => {
      console.error(`[world] could not load the song of ${this.keep?.space}:`, error);
      return null;
    });
    if (!state) return;
    const verdict = this.song.accept(state, true);
    if ('refusal' in verdict)
      console.error(`[world] the kept song of ${this.keep.space}: ${verdict.refusal}`);
    else this.room.broadcastBytes(BYTES_MESSAGE.song, encodeSongMessage(state, true), {});
  }

  /** A part of a song update from `client` (allowed to edit): once whole and checked, sent to everyone else. */
  part(client: Client, bytes: Uint8Array): void {
    const verdict = this.song.acceptPart(client.sessionId, bytes);
    if (!verdict) return;
    if ('refusal' in verdict) {
      client.send(ROOM_MESSAGE.refused, { action: 'editSong', reason: verdict.refusal });
      const refused = (this.refused.get(client.sessionId) ?? 0) + 1;
      this.refused.set(client.sessionId, refused);
      if (refused >= MAX_REFUSED) client.leave(CLOSE_MISBEHAVED, 'damaged song updates');
      return;
    }
    this.room.broadcastBytes(BYTES_MESSAGE.song, encodeSongMessage(verdict.update, verdict.replace), {
      except: client,
    });
    this.share?.song(verdict.update, verdict.replace);
    this.changed();
  }

  /** A song update from another room of the show, checked here too, then sent to everyone here. */
  heard(update: Uint8Array, replace: boolean): void {
    const verdict = this.song.accept(update, replace);
    if ('update' in verdict)
      this.room.broadcastBytes(BYTES_MESSAGE.song, encodeSongMessage(verdict.update, verdict.replace), {});
  }

  /** What plays now, for everyone (`shared`: from another room of the show, not to be shared back). */
  setTransport(transport: TransportMessage, shared = false): void {
    this.song.transport = transport;
    this.room.broadcast(ROOM_MESSAGE.transport, transport);
    if (!shared) this.share?.transport(transport);
  }

  /** A note played by hand, for everyone but its player. */
  note(note: LiveNoteMessage, from: Client | null): void {
    this.room.broadcast(ROOM_MESSAGE.liveNote, note, from ? { except: from } : {});
    if (from) this.share?.note(note);
  }

  /** A newcomer (or someone back) gets the song so far, and what plays. */
  welcome(client: Client): void {
    if (this.song.received) client.sendBytes(BYTES_MESSAGE.song, encodeSongMessage(this.song.state(), true));
    if (this.song.transport.mode !== 'stopped') client.send(ROOM_MESSAGE.transport, this.song.transport);
  }

  /** Someone left for good; `stops`: they played for the room, which stops with them gone. */
  left(client: Client, stops: boolean): void {
    this.song.forget(client.sessionId);
    this.refused.delete(client.sessionId);
    if (stops && this.song.transport.mode !== 'stopped') this.setTransport({ mode: 'stopped' });
  }

  /** Saves what is unsaved, then lets the song go. */
  async close(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.save();
    this.song.dispose();
  }

  private changed(): void {
    if (!this.keep) return;
    this.unsaved = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_AFTER_MS);
  }

  private async save(): Promise<void> {
    if (!this.keep || !this.unsaved) return;
    this.unsaved = false;
    await this.keep.store.save(this.keep.space, this.song.state()).catch((error: unknown) => {
      this.unsaved = true;
      console.error(`[world] could not keep the song of ${this.keep?.space}:`, error);
    });
  }
}
