import { type Client, Room, ServerError, validate } from '@colyseus/core';
import { sameSpace } from '../auth/admit.ts';
import { BAN_CHANNEL, type BanBoard, type BanNotice, banReaches } from './ban-board.ts';
import {
  CLOSE_MISBEHAVED,
  CLOSE_REMOVED,
  type JoinClaims,
  decodeAudioFrame,
  decodePose,
  hearing,
  openFloorMessageSchema,
  setRootPosition,
  voicesAreSpatial,
  yawOf,
  LAYOUTS,
  type SpaceKind,
  avatarMessageSchema,
  boardClearMessageSchema,
  boardMessageSchema,
  boardStrokeMessageSchema,
  BYTES_MESSAGE,
  MESSAGE,
  chatMessageSchema,
  clockMessageSchema,
  joinOptionsSchema,
  liveNoteMessageSchema,
  transportMessageSchema,
  moderateMessageSchema,
  moveMessageSchema,
  POSE_TICK_HZ,
  raiseHandMessageSchema,
  REACTION_INTERVAL_MS,
  reactMessageSchema,
  RECONNECT_SECONDS,
  ROOM_MESSAGE,
  stageMessageSchema,
  type MoveMessage,
  type Reaction,
  type RoomVisit,
  type RoomBan,
  type ModerateMessage,
} from '@prostudio/protocol';
import { type Action, can, refusal } from '../rules/permissions.ts';
import { presenceDue } from '../rules/presence.ts';
import type { z } from 'zod';
import { PoseRelay, type Viewer } from './pose-relay.ts';
import { type Listener, VoiceRelay } from './voice-relay.ts';
import { clearPage, keepStroke } from '../rules/board.ts';
import { applyModeration, permissionFor } from '../rules/moderation.ts';
import { spawnPoint } from '../rules/spawn.ts';
import { reportBan, reportVisit } from './reports.ts';
import { newSession, type Session } from './session.ts';
import { SongDesk, type SongStore } from './song-desk.ts';
import { Board, newPerson, type Person, setList, SpaceState, StageControls, Stroke } from './space-state.ts';

// Undecodable pose or audio frames tolerated before the sender is dropped (a bug or an attack, either way).
const MAX_BAD_FRAMES = 5;
// How often someone who speaks unheard is told why (ms).
const TELL_UNHEARD_MS = 5000;

// WebSocket close codes that mean the network failed, not the person: no status, abnormal closure, and
// Colyseus's "may try reconnect". A closed tab says 1001 (going away): that person has left.
const NETWORK_LOSS_CODES = new Set([1005, 1006, 4010]);

/** What a room shares with the rest of the venue: the ban board, and the reports it makes. */
export interface RoomLinks {
  readonly bans: BanBoard;
  /** Told of every stay in the room when it ends (the backend counts workshop attendance from it). */
  readonly onVisit?: ((visit: RoomVisit) => void) | undefined;
  /** Told of every ban given here, for the venue to keep. */
  readonly onBan?: ((ban: RoomBan) => void) | undefined;
  /** Where classrooms keep their songs between sessions (none: a classroom's song lasts as long as its room). */
  readonly songs?: SongStore | undefined;
}

/**
 * The core every space room shares: joining with a join token, walking (checked against the layout and
 * walking speed), the pose stream (validated, then relayed by interest), reactions, chat, stage and board
 * controls and moderation (each checked against the sender's role), reconnection, and leaving. Each kind of
 * space is a subclass that names its kind; the rules themselves live in plain modules (rules/, interest/,
 * pose/, auth/, shared/).
 */
export abstract class SpaceRoom extends Room<{ state: SpaceState }> {
  /** The kind of space (see rooms/kinds.ts, which makes the room classes and checks join tokens). */
  protected abstract readonly kind: SpaceKind;
  /** What this room shares with the rest of the venue (see rooms/kinds.ts). */
  protected abstract readonly links: RoomLinks;

  override maxClients = 500;
  // Far above an honest client's rate (sound at 50 Hz, poses at 30 Hz, moves at 15 Hz, pings); a flood
  // closes that client.
  override maxMessagesPerSecond = 160;
  override state = new SpaceState();

  private readonly sessions = new Map<string, Session>();
  protected readonly relay = new PoseRelay();
  protected voice!: VoiceRelay;
  /**
   * Who receives poses and sound, as of the last pose tick (or join, or leave): sound is sent on as each
   * frame comes, 500 times a second in a gallery of ten talkers, and building the list for each was a tenth
   * of the room's time there (docs/benchmarks.md).
   */
  private viewersNow: Array<Viewer & Listener> | null = null;
  private readonly hearBan = (notice: BanNotice) => this.banHeard(notice);
  private reactionCounts = new Map<Reaction, number>();
  private nextStrokeId = 1;
  /** The room's shared song (a stage's live set, a classroom's song), where the kind has one. */
  protected songs: SongDesk | null = null;

  override messages = {
    move: validate(moveMessageSchema, (client: Client, message: MoveMessage) => this.move(client, message)),
    react: validate(reactMessageSchema, (client: Client, message: z.infer<typeof reactMessageSchema>) =>
      this.react(client, message.reaction),
    ),
    chat: validate(chatMessageSchema, (client: Client, message: z.infer<typeof chatMessageSchema>) =>
      this.chat(client, message.text),
    ),
    raiseHand: validate(
      raiseHandMessageSchema,
      (client: Client, message: z.infer<typeof raiseHandMessageSchema>) => {
        const person = this.state.people.get(client.sessionId);
        if (person && person.handRaised !== message.raised) {
          person.handRaised = message.raised;
          person.handRaisedAt = message.raised ? Date.now() : 0;
        }
      },
    ),
    stage: validate(stageMessageSchema, (client: Client, message: z.infer<typeof stageMessageSchema>) => {
      if (!this.permitted(client, 'stageControl')) return;
      if (message.lights !== undefined) this.state.stage.lights = message.lights;
      if (message.screen !== undefined) this.state.stage.screen = message.screen;
      if (message.cue !== undefined) this.state.stage.cue = message.cue;
      if (message.runningOrder !== undefined) setList(this.state.stage.runningOrder, message.runningOrder);
      this.stageChanged();
    }),
    board: validate(boardMessageSchema, (client: Client, message: z.infer<typeof boardMessageSchema>) => {
      if (this.permitted(client, 'boardControl')) this.state.board.page = message.page;
    }),
    boardStroke: validate(
      boardStrokeMessageSchema,
      (client: Client, message: z.infer<typeof boardStrokeMessageSchema>) => {
        if (this.permitted(client, 'boardControl'))
          keepStroke(this.state.board.strokes, new Stroke({ id: this.nextStrokeId++, ...message }));
      },
    ),
    boardClear: validate(
      boardClearMessageSchema,
      (client: Client, message: z.infer<typeof boardClearMessageSchema>) => {
        if (this.permitted(client, 'boardControl')) clearPage(this.state.board.strokes, message.page);
      },
    ),
    avatar: validate(avatarMessageSchema, (client: Client, message: z.infer<typeof avatarMessageSchema>) => {
      const person = this.state.people.get(client.sessionId);
      if (person) person.avatar = message.avatar;
    }),
    openFloor: validate(
      openFloorMessageSchema,
      (client: Client, message: z.infer<typeof openFloorMessageSchema>) => {
        if (this.permitted(client, 'floorControl')) this.state.openFloor = message.open;
      },
    ),
    moderate: validate(
      moderateMessageSchema,
      (client: Client, message: z.infer<typeof moderateMessageSchema>) => this.moderate(client, message),
    ),
    // The shared clock: the venue's wall clock, read to the microsecond, for a client to estimate its offset
    // from the round trip (a live set's listeners play together by it).
    clock: validate(clockMessageSchema, (client: Client, message: z.infer<typeof clockMessageSchema>) =>
      client.send(ROOM_MESSAGE.clock, { sent: message.sent, at: performance.timeOrigin + performance.now() }),
    ),
    // Any message type this room does not know is a client bug or an attack: drop that client only.
    '*': (client: Client, type: string | number) => {
      client.leave(CLOSE_MISBEHAVED, `unknown message type "${String(type)}"`);
    },
  };

  override onCreate(options: unknown): void {
    const { space } = joinOptionsSchema.pick({ space: true }).parse(options);
    this.state.space = space;
    this.state.kind = this.kind;
    this.state.stage = new StageControls({ lights: 'warm', screen: '', cue: 0 });
    this.state.board = new Board({ page: 0 });
    this.setMetadata({ space });
    this.clock.setInterval(() => this.sendReactions(), REACTION_INTERVAL_MS);
    this.voice = new VoiceRelay(voicesAreSpatial(this.kind));
    this.onMessageBytes(BYTES_MESSAGE.pose, (client: Client, bytes: Uint8Array) => this.pose(client, bytes));
    this.onMessageBytes(BYTES_MESSAGE.audio, (client: Client, bytes: Uint8Array) =>
      this.audio(client, bytes),
    );
    this.clock.setInterval(() => this.relayPoses(), 1000 / POSE_TICK_HZ);
    void this.presence.subscribe(BAN_CHANNEL, this.hearBan);
    if (this.kind === 'stage' || this.kind === 'classroom') this.openSongDesk();
  }

  override async onDispose(): Promise<void> {
    this.presence.unsubscribe(BAN_CHANNEL, this.hearBan);
    await this.songs?.close();
  }

  /** The room's shared song, and the messages that edit it and play it (docs/protocol.md, "The live set"). */
  private openSongDesk(): void {
    const store = this.kind === 'classroom' ? this.links.songs : undefined;
    const songs = new SongDesk(this, store ? { store, space: this.state.space } : null);
    this.songs = songs;
    void songs.open();
    this.onMessageBytes(BYTES_MESSAGE.songPart, (client: Client, bytes: Uint8Array) => {
      if (this.permitted(client, 'editSong')) songs.part(client, bytes);
    });
    this.onMessage(MESSAGE.transport, transportMessageSchema, (client: Client, message) => {
      if (this.permitted(client, 'playSet')) songs.setTransport(message);
    });
    this.onMessage(MESSAGE.liveNote, liveNoteMessageSchema, (client: Client, note) => {
      if (this.permitted(client, 'playSet')) songs.note(note, client);
    });
  }

  /** Removes whoever a ban heard on the venue's channel names, if it reaches this room. */
  private banHeard(notice: BanNotice): void {
    if (!banReaches(notice, this.state.space)) return;
    for (const [sessionId, session] of this.sessions) {
      if (session.claims.sub === notice.sub) {
        this.clients.getById(sessionId)?.leave(CLOSE_REMOVED, 'Banned by a moderator.');
      }
    }
  }

  override onJoin(client: Client, options: unknown, auth: JoinClaims): void {
    // The token was checked when the seat was reserved; at connect, the seat must still be this room's to give.
    if (!sameSpace(auth, this.state.space, this.kind)) {
      throw new ServerError(403, 'This join token is for another space.');
    }
    const avatar = joinOptionsSchema.safeParse(options).data?.avatar;
    const slot = this.freeSlot();
    const place = spawnPoint(this.kind, auth.role, slot);
    this.state.people.set(
      client.sessionId,
      newPerson({ name: auth.name, role: auth.role, avatar, slot, place }),
    );
    this.sessions.set(client.sessionId, newSession(auth, slot, place, this.clock.currentTime));
    this.viewersNow = null;
    this.welcome(client);
  }

  override onDrop(client: Client, code?: number): void {
    // Someone the room dropped (for what they sent, or a moderator's decision) leaves at once; a lost
    // connection keeps its seat.
    this.viewersNow = null;
    if (code !== undefined && !NETWORK_LOSS_CODES.has(code)) return;
    const person = this.state.people.get(client.sessionId);
    if (person) person.connected = false;
    this.allowReconnection(client, RECONNECT_SECONDS);
  }

  override onReconnect(client: Client): void {
    this.viewersNow = null;
    const person = this.state.people.get(client.sessionId);
    if (person) person.connected = true;
    this.welcome(client);
  }

  /** Sends someone joining or reconnecting what the room state does not hold: the shared song. */
  private welcome(client: Client): void {
    this.songs?.welcome(client);
  }

  override onLeave(client: Client): void {
    const session = this.sessions.get(client.sessionId);
    if (session) {
      this.relay.remove(session.slot);
      this.voice.remove(session.slot);
      this.songs?.left(client, can(session.claims.role, 'playSet', this.kind));
      this.personLeft(session.claims);
      reportVisit(this.links, session);
    }
    this.state.people.delete(client.sessionId);
    this.sessions.delete(client.sessionId);
    this.viewersNow = null;
  }

  /** Whether the client's role allows `action` here; if not, tells the client why. */
  protected permitted(client: Client, action: Action): boolean {
    const role = this.sessions.get(client.sessionId)?.claims.role;
    if (role && can(role, action, this.kind)) return true;
    client.send(ROOM_MESSAGE.refused, { action, reason: refusal(action) });
    return false;
  }

  private react(client: Client, reaction: Reaction): void {
    const session = this.sessions.get(client.sessionId);
    if (!session || session.reactLimit.take(this.clock.currentTime) !== 'accept') return;
    this.reactionCounts.set(reaction, (this.reactionCounts.get(reaction) ?? 0) + 1);
    const person = this.state.people.get(client.sessionId);
    if (person) {
      person.reaction = reaction;
      person.reactedAt = this.clock.currentTime;
    }
  }

  /** Hands on the reactions of the last interval, however many came in, as counts. */
  private sendReactions(): void {
    const counts = this.reactionCounts;
    this.reactionCounts = new Map();
    this.deliverReactions(counts);
  }

  /** Sends everyone this room's reaction counts (a show's stage room adds up all its instances instead). */
  protected deliverReactions(counts: Map<Reaction, number>): void {
    if (counts.size > 0) this.broadcast(ROOM_MESSAGE.reactions, Object.fromEntries(counts));
  }

  /** Called with each pose frame a performer in this room sends (a show shares it with its other rooms). */
  protected sharePerformerPose(_claims: JoinClaims, _frame: Uint8Array): void {}

  /** Called with each audio frame a performer in this room sends (a show shares it with its other rooms). */
  protected sharePerformerSound(_claims: JoinClaims, _frame: Uint8Array): void {}

  /** Called after the stage controls changed. */
  protected stageChanged(): void {}

  /** Called when someone has left for good. */
  protected personLeft(_claims: JoinClaims): void {}

  private chat(client: Client, text: string): void {
    const person = this.state.people.get(client.sessionId);
    const session = this.sessions.get(client.sessionId);
    if (!person || !session) return;
    if (person.muted) {
      client.send(ROOM_MESSAGE.refused, { action: 'chat', reason: 'You are muted.' });
      return;
    }
    if (session.chatLimit.take(this.clock.currentTime) !== 'accept') {
      client.send(ROOM_MESSAGE.refused, { action: 'chat', reason: 'Slow down a little.' });
      return;
    }
    this.broadcast(ROOM_MESSAGE.chat, { from: client.sessionId, name: person.name, text });
  }

  private moderate(client: Client, { action, target, scope, reason }: ModerateMessage): void {
    if (!this.permitted(client, permissionFor(action))) return;
    const person = this.state.people.get(target);
    const targetSession = this.sessions.get(target);
    if (!person || !targetSession) {
      client.send(ROOM_MESSAGE.refused, {
        action: permissionFor(action),
        reason: 'That person is not here.',
      });
      return;
    }
    const removal = applyModeration(person, action);
    if (!removal) return;
    const removed = this.clients.getById(target);
    removed?.leave(CLOSE_REMOVED, removal === 'ban' ? 'Banned by a moderator.' : 'Removed by a moderator.');
    if (removal === 'ban') {
      const by = this.sessions.get(client.sessionId)?.claims.sub ?? 'unknown';
      reportBan(this.links, targetSession.claims, { by, scope: scope ?? 'space', reason: reason ?? null });
    }
  }

  /** The lowest slot nobody in the room state holds. */
  protected freeSlot(): number {
    const taken = new Set([...this.state.people.values()].map((person) => person.slot));
    let slot = 0;
    while (taken.has(slot)) slot++;
    return slot;
  }

  private move(client: Client, message: MoveMessage): void {
    const person = this.state.people.get(client.sessionId);
    const session = this.sessions.get(client.sessionId);
    if (!person || !session) return;
    const next = session.pace.step(message, this.clock.currentTime, LAYOUTS[this.kind].bounds);
    person.x = next.x;
    person.z = next.z;
    person.yaw = next.yaw;
  }

  private pose(client: Client, bytes: Uint8Array): void {
    const person = this.state.people.get(client.sessionId);
    const session = this.sessions.get(client.sessionId);
    if (!person || !session) return;
    const now = this.clock.currentTime;
    const verdict = session.poseLimit.take(now);
    if (verdict === 'drop') return client.leave(CLOSE_MISBEHAVED, 'too many pose frames');
    if (verdict === 'throttle') return;
    const result = decodePose(bytes);
    if (!result.ok) {
      if (++session.badFrames >= MAX_BAD_FRAMES)
        client.leave(CLOSE_MISBEHAVED, `bad pose frames: ${result.error}`);
      return;
    }
    const { frame } = result;
    // The root may go only where walking (or running) could take it from where the room last let it be; if
    // not, the room's answer is what others see.
    const [x = 0, y = 0, z = 0] = frame.position;
    const place = session.pace.step({ x, z, yaw: 0 }, now, LAYOUTS[this.kind].bounds);
    // A copy: the message's bytes are a view into the socket's buffer, which is reused.
    const relayed = new Uint8Array(bytes);
    if (place.x !== x || place.z !== z) setRootPosition(relayed, place.x, y, place.z);
    frame.position = [place.x, y, place.z];
    const performer = person.role === 'performer';
    this.relay.accept(session.slot, relayed, frame, performer);
    if (performer) {
      this.relay.rush(session.slot, this.viewers());
      this.sharePerformerPose(session.claims, relayed);
    }
    const yaw = yawOf(frame.rotation);
    if (presenceDue(person, { x: place.x, z: place.z, yaw }, now - session.lastPresenceAt)) {
      session.lastPresenceAt = now;
      person.x = place.x;
      person.z = place.z;
      person.yaw = yaw;
    }
  }

  /**
   * A talker's audio frame: checked (rate, shape, and whether this person is heard here: see
   * protocol/src/voice-rules.ts), then sent on at once to those who hear them. Never decoded.
   */
  private audio(client: Client, bytes: Uint8Array): void {
    const person = this.state.people.get(client.sessionId);
    const session = this.sessions.get(client.sessionId);
    if (!person || !session) return;
    const now = this.clock.currentTime;
    const verdict = session.audioLimit.take(now);
    if (verdict === 'drop') return client.leave(CLOSE_MISBEHAVED, 'too many audio frames');
    if (verdict === 'throttle') return;
    const result = decodeAudioFrame(bytes);
    if (!result.ok) {
      if (++session.badAudio >= MAX_BAD_FRAMES)
        client.leave(CLOSE_MISBEHAVED, `bad audio frames: ${result.error}`);
      return;
    }
    const heard = hearing(this.kind, person, this.state.openFloor);
    if (!heard.heard) {
      if (now - session.toldUnheardAt >= TELL_UNHEARD_MS) {
        session.toldUnheardAt = now;
        client.send(ROOM_MESSAGE.refused, { action: 'speak', reason: heard.reason });
      }
      return;
    }
    // A copy: the message's bytes are a view into the socket's buffer, which is reused.
    const frame = new Uint8Array(bytes);
    this.forwardSound(session.slot, frame);
    if (person.role === 'performer') this.sharePerformerSound(session.claims, frame);
  }

  /** Sends a talker's frame (from here, or from another room of a show) to those here who hear them. */
  protected forwardSound(slot: number, frame: Uint8Array): void {
    const viewers = this.viewers();
    this.voice.forward(slot, frame, viewers, this.clock.currentTime, (talker) =>
      this.placeOfSlot(talker, viewers),
    );
  }

  /** Where the person holding `slot` is, by their pose (or, for people shown from another room, their last one). */
  private placeOfSlot(slot: number, viewers: readonly Viewer[]): { x: number; z: number } | undefined {
    return viewers.find((viewer) => viewer.slot === slot) ?? this.relay.positionOf(slot);
  }

  /** Everyone here who receives poses and sound, with where interest management places them. */
  protected viewers(): Array<Viewer & Listener> {
    this.viewersNow ??= this.listViewers();
    return this.viewersNow;
  }

  private listViewers(): Array<Viewer & Listener> {
    const viewers: Array<Viewer & Listener> = [];
    for (const client of this.clients) {
      const person = this.state.people.get(client.sessionId);
      const session = this.sessions.get(client.sessionId);
      if (!person || !session) continue;
      viewers.push({
        slot: session.slot,
        ...this.relayPlace(session.slot, person),
        send: (batch: Uint8Array) => client.sendBytes(BYTES_MESSAGE.poses, batch),
        hear: (packet: Uint8Array) => client.sendBytes(BYTES_MESSAGE.voice, packet),
      });
    }
    return viewers;
  }

  private relayPoses(): void {
    this.viewersNow = this.listViewers();
    const viewers = this.viewersNow;
    const places = new Map(viewers.map((viewer) => [viewer.slot, { x: viewer.x, z: viewer.z }]));
    // People shown from another room of a show have no viewer here: place them by their own poses.
    const placeOf = (slot: number) => places.get(slot) ?? this.relay.positionOf(slot);
    this.relay.tick(viewers, placeOf);
    this.voice.refresh(viewers, this.clock.currentTime, placeOf);
  }

  /** Where interest management places someone: their latest pose, else their place in the room state. */
  private relayPlace(slot: number, person: Person): { x: number; z: number } {
    return this.relay.positionOf(slot) ?? { x: person.x, z: person.z };
  }
}
