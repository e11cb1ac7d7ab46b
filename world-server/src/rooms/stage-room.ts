import type { Client } from '@colyseus/core';
import {
  BYTES_MESSAGE,
  CLOSE_MISBEHAVED,
  type JoinClaims,
  LAYOUTS,
  MESSAGE,
  liveNoteMessageSchema,
  type LiveNoteMessage,
  type Reaction,
  ROOM_MESSAGE,
  decodeAudioFrame,
  decodePose,
  encodeSongMessage,
  transportMessageSchema,
  type TransportMessage,
} from '@prostudio/protocol';
import { LiveSong } from './live-song.ts';
import { ShowLink, type ShowMessage } from './show-link.ts';
import { PRESENCE_STEP } from '../rules/presence.ts';
import { SpaceRoom } from './space-room.ts';
import { newPerson, setList } from './space-state.ts';

const MAX_REFUSED_SONGS = 5;

/**
 * A stage room is one instance of a show: the audience fills instances up to their capacity and
 * matchmaking opens another when all are full. Instances share, through the room presence, the
 * performer's pose stream, the stage controls and the audience's reactions, so the performer is present
 * in all of them and sees every instance's applause.
 *
 * A performer's live set is shared the same way: its song (checked here, see live-song.ts), its transport
 * and the notes played by hand go to everyone in every instance, and each listener's page renders it.
 */
export abstract class StageRoom extends SpaceRoom {
  private show: ShowLink | undefined;
  private showReactions = new Map<Reaction, number>();
  private readonly song = new LiveSong();
  /** Refused song updates per sender; past a few, the sender is dropped (a bug or an attack). */
  private readonly refusedSongs = new Map<string, number>();

  override onCreate(options: unknown): void {
    super.onCreate(options);
    this.show = new ShowLink(this.presence, this.state.space, this.roomId, (message) => this.hear(message));
    this.onMessageBytes(BYTES_MESSAGE.songPart, (client: Client, bytes: Uint8Array) =>
      this.songPart(client, bytes),
    );
    this.onMessage(MESSAGE.transport, transportMessageSchema, (client: Client, message: TransportMessage) => {
      if (this.permitted(client, 'playSet')) this.setTransport(message);
    });
    this.onMessage(MESSAGE.liveNote, liveNoteMessageSchema, (client: Client, note: LiveNoteMessage) => {
      if (!this.permitted(client, 'playSet')) return;
      this.broadcast(ROOM_MESSAGE.liveNote, note, { except: client });
      this.show?.note(note);
    });
    void this.show.open().then(() => this.show?.wantSong());
  }

  override onDispose(): void {
    super.onDispose();
    this.show?.close();
    this.song.dispose();
  }

  /** A newcomer (or someone back) gets the live set so far: the whole song, and what plays. */
  protected override welcome(client: Client): void {
    if (this.song.received) client.sendBytes(BYTES_MESSAGE.song, encodeSongMessage(this.song.state(), true));
    if (this.song.transport.mode !== 'stopped') client.send(ROOM_MESSAGE.transport, this.song.transport);
  }

  /** A part of the performer's song update: once whole and checked, sent to everyone else. */
  private songPart(client: Client, bytes: Uint8Array): void {
    if (!this.permitted(client, 'playSet')) return;
    const verdict = this.song.acceptPart(client.sessionId, bytes);
    if (!verdict) return;
    if ('refusal' in verdict) {
      client.send(ROOM_MESSAGE.refused, { action: 'playSet', reason: verdict.refusal });
      const refused = (this.refusedSongs.get(client.sessionId) ?? 0) + 1;
      this.refusedSongs.set(client.sessionId, refused);
      if (refused >= MAX_REFUSED_SONGS) client.leave(CLOSE_MISBEHAVED, 'damaged song updates');
      return;
    }
    this.broadcastBytes(BYTES_MESSAGE.song, encodeSongMessage(verdict.update, verdict.replace), {
      except: client,
    });
    this.show?.song(verdict.update, verdict.replace);
  }

  private setTransport(transport: TransportMessage, share = true): void {
    this.song.transport = transport;
    this.broadcast(ROOM_MESSAGE.transport, transport);
    if (share) this.show?.transport(transport);
  }

  protected override sharePerformerPose(claims: JoinClaims, frame: Uint8Array): void {
    this.show?.pose(claims.sub, claims.name, frame);
  }

  protected override sharePerformerSound(claims: JoinClaims, frame: Uint8Array): void {
    this.show?.audio(claims.sub, claims.name, frame);
  }

  protected override stageChanged(): void {
    const { lights, screen, cue, runningOrder } = this.state.stage;
    this.show?.stage({ lights, screen, cue, runningOrder: [...runningOrder] });
  }

  protected override personLeft(client: Client, claims: JoinClaims): void {
    this.song.forget(client.sessionId);
    this.refusedSongs.delete(client.sessionId);
    if (claims.role !== 'performer') return;
    this.show?.left(claims.sub);
    // The set stops with its performer gone; the song stays for when they come back.
    if (this.song.transport.mode !== 'stopped') this.setTransport({ mode: 'stopped' });
  }

  /** Shares this instance's reactions, then sends everyone the whole show's that have arrived. */
  protected override deliverReactions(counts: Map<Reaction, number>): void {
    if (counts.size > 0) this.show?.reactions(Object.fromEntries(counts));
    if (this.showReactions.size === 0) return;
    this.broadcast(ROOM_MESSAGE.reactions, Object.fromEntries(this.showReactions));
    this.showReactions = new Map();
  }

  /**
   * Shows someone who is in another room of the same show (a performer) as if they were here: an entry in
   * the room state under `key`, and their frames relayed as a performer's.
   */
  private acceptRemotePose(key: string, name: string, bytes: Uint8Array): void {
    const result = decodePose(bytes);
    if (!result.ok) return;
    const [x = 0, , z = 0] = result.frame.position;
    const person = this.remotePerformer(key, name, { x, z });
    this.relay.accept(person.slot, bytes, result.frame, true);
    this.relay.rush(person.slot, this.viewers());
    if (Math.hypot(person.x - x, person.z - z) >= PRESENCE_STEP) {
      person.x = x;
      person.z = z;
    }
  }

  /** A performer's sound from another room of the show, sent on to everyone here as if they were here. */
  private acceptRemoteSound(key: string, name: string, bytes: Uint8Array): void {
    if (!decodeAudioFrame(bytes).ok) return;
    this.forwardSound(this.remotePerformer(key, name, null).slot, bytes);
  }

  /** Someone shown here from another room of the show, entered in the room state when first heard of. */
  private remotePerformer(key: string, name: string, place: { x: number; z: number } | null) {
    let person = this.state.people.get(key);
    if (!person) {
      const { x, z } = place ?? LAYOUTS.stage.performerSpot ?? { x: 0, z: 0 };
      person = newPerson({ name, role: 'performer', slot: this.freeSlot(), place: { x, z, yaw: 0 } });
      this.state.people.set(key, person);
    }
    return person;
  }

  /** Removes someone shown from another room. */
  private removeRemote(key: string): void {
    const person = this.state.people.get(key);
    if (!person) return;
    this.relay.remove(person.slot);
    this.voice.remove(person.slot);
    this.state.people.delete(key);
  }

  /** A song update from another room of the show, checked here too, then sent to everyone here. */
  private hearSong(base64: string, replace: boolean): void {
    const verdict = this.song.accept(Buffer.from(base64, 'base64'), replace);
    if ('update' in verdict)
      this.broadcastBytes(BYTES_MESSAGE.song, encodeSongMessage(verdict.update, verdict.replace), {});
  }

  private hear(message: ShowMessage): void {
    if (message.t === 'reactions') {
      for (const [reaction, count] of Object.entries(message.counts) as Array<[Reaction, number]>) {
        this.showReactions.set(reaction, (this.showReactions.get(reaction) ?? 0) + count);
      }
      return;
    }
    if (message.from === this.roomId) return;
    if (message.t === 'song') {
      if (message.to === undefined || message.to === this.roomId)
        this.hearSong(message.update, message.replace);
    } else if (message.t === 'transport') {
      this.setTransport(message.transport, false);
    } else if (message.t === 'note') {
      this.broadcast(ROOM_MESSAGE.liveNote, message.note);
    } else if (message.t === 'songWanted') {
      if (this.song.received) this.show?.song(this.song.state(), true, message.from);
      if (this.song.transport.mode !== 'stopped') this.show?.transport(this.song.transport);
    } else if (message.t === 'pose') {
      this.acceptRemotePose(`show:${message.sub}`, message.name, Buffer.from(message.frame, 'base64'));
    } else if (message.t === 'audio') {
      this.acceptRemoteSound(`show:${message.sub}`, message.name, Buffer.from(message.frame, 'base64'));
    } else if (message.t === 'stage') {
      this.state.stage.lights = message.lights;
      this.state.stage.screen = message.screen;
      this.state.stage.cue = message.cue;
      setList(this.state.stage.runningOrder, message.runningOrder);
    } else {
      this.removeRemote(`show:${message.sub}`);
    }
  }
}
