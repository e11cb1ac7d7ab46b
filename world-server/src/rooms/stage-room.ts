import {
  type JoinClaims,
  LAYOUTS,
  type Reaction,
  ROOM_MESSAGE,
  decodeAudioFrame,
  decodePose,
} from '@prostudio/protocol';
import { ShowLink, type ShowMessage } from './show-link.ts';
import { PRESENCE_STEP } from '../rules/presence.ts';
import { SpaceRoom } from './space-room.ts';
import { newPerson, setList } from './space-state.ts';

/**
 * A stage room is one instance of a show: the audience fills instances up to their capacity and
 * matchmaking opens another when all are full. Instances share, through the room presence, the
 * performer's pose stream, the stage controls and the audience's reactions, so the performer is present
 * in all of them and sees every instance's applause.
 *
 * A performer's live set (the room's song desk, song-desk.ts) is shared the same way: its song, its
 * transport and the notes played by hand go to everyone in every instance, and each listener renders it.
 */
export abstract class StageRoom extends SpaceRoom {
  private show: ShowLink | undefined;
  private showReactions = new Map<Reaction, number>();

  override onCreate(options: unknown): void {
    super.onCreate(options);
    this.show = new ShowLink(this.presence, this.state.space, this.roomId, (message) => this.hear(message));
    const show = this.show;
    if (this.songs)
      this.songs.share = {
        song: (update, replace) => show.song(update, replace),
        transport: (transport) => show.transport(transport),
        note: (note) => show.note(note),
      };
    void show.open().then(() => show.wantSong());
  }

  override async onDispose(): Promise<void> {
    this.show?.close();
    await super.onDispose();
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

  protected override personLeft(claims: JoinClaims): void {
    if (claims.role === 'performer') this.show?.left(claims.sub);
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

  private hear(message: ShowMessage): void {
    if (message.t === 'reactions') {
      for (const [reaction, count] of Object.entries(message.counts) as Array<[Reaction, number]>) {
        this.showReactions.set(reaction, (this.showReactions.get(reaction) ?? 0) + count);
      }
      return;
    }
    if (message.from === this.roomId) return;
    const songs = this.songs;
    if (message.t === 'song') {
      if (message.to === undefined || message.to === this.roomId)
        songs?.heard(Buffer.from(message.update, 'base64'), message.replace);
    } else if (message.t === 'transport') {
      songs?.setTransport(message.transport, true);
    } else if (message.t === 'note') {
      songs?.note(message.note, null);
    } else if (message.t === 'songWanted') {
      if (songs?.song.received) this.show?.song(songs.song.state(), true, message.from);
      if (songs && songs.song.transport.mode !== 'stopped') this.show?.transport(songs.song.transport);
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
