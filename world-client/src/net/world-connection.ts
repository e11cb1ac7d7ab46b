// The link to one space room on the world server: join with a join token, stream our pose, mirror the
// people in the room and feed their pose streams to the avatars.
import { Client, type Room } from '@colyseus/sdk';
import {
  clockReplySchema,
  encodeSongParts,
  liveNoteMessageSchema,
  transportMessageSchema,
  type LiveNoteMessage,
  type TransportMessage,
  encodePose,
  restPose,
  BYTES_MESSAGE,
  CLOSE_REMOVED,
  MESSAGE,
  ROOM_MESSAGE,
  type FloorPose,
  type ModerateMessage,
  type Reaction,
  type RoomName,
  type SpaceRoomState,
  type StageMessage,
} from '@prostudio/protocol';
import { SharedClock } from '../live/shared-clock.ts';
import type { BoardView } from '../panels/board-app.ts';
import { setWorld, type StageControls, useWorld } from '../state/store.ts';
import { peopleFrom } from './people-list.ts';
import { forgetPoses, noteSentAge, receivePoseBatch } from './remote-poses.ts';
import { receiveChat, receiveReactions, receiveRefusal } from './room-messages.ts';

export interface WorldConnection {
  readonly sessionId: string;
  /** Reports the local pose; it goes out on the pose stream at up to 20 Hz, the latest pose winning. */
  sendPose(pose: FloorPose): void;
  /**
   * Streams a captured body (motion capture) with the floor pose at 30 Hz, or stops with null. The
   * body's hips height replaces the standing one, so a crouch or a jump shows.
   */
  streamBody(body: CapturedBody | null): void;
  react(reaction: Reaction): void;
  /** Shows everyone another of the venue's avatars for us. */
  setAvatar(avatar: string): void;
  chat(text: string): void;
  raiseHand(raised: boolean): void;
  /** The stage's controls (performers): lights, the screen's caption, the running order and its cue. */
  setStage(message: StageMessage): void;
  /** The board (instructors): show a page, draw a stroke, clear a page. */
  showPage(page: number): void;
  drawStroke(stroke: { page: number; colour: string; width: number; points: number[] }): void;
  clearPage(page: number): void;
  /** Opens a classroom's floor to every student, or closes it (instructors). */
  openFloor(open: boolean): void;
  /** Sends one of our audio frames (docs/protocol.md, "The sound stream"). */
  sendAudio(frame: Uint8Array): void;
  /** Hands each voice packet the room sends (someone's audio frame, named by their slot) to `listener`. */
  onVoice(listener: ((packet: Uint8Array) => void) | null): void;
  /** A moderator's (or instructor's, or performer's) action on someone here; the room checks the role. */
  moderate(message: ModerateMessage): void;
  /**
   * The venue's shared clock as this page estimates it (read from the room every few seconds, on a stage or
   * in a classroom: the rooms with a shared song).
   */
  readonly clock: SharedClock;
  /**
   * A live set (performers): a song update (sent in parts, in order; `replace`: a whole new song), the
   * transport, a note played by hand.
   */
  sendSong(update: Uint8Array, replace?: boolean): void;
  sendTransport(transport: TransportMessage): void;
  sendLiveNote(note: LiveNoteMessage): void;
  /** Hands a live set's song updates, transport and notes, as the room sends them, to `listener`. */
  onLiveSet(listener: LiveSetListener | null): void;
  leave(): Promise<void>;
}

/** What a page does with a live set the room sends. */
export interface LiveSetListener {
  song(update: Uint8Array): void;
  transport(transport: TransportMessage): void;
  note(note: LiveNoteMessage): void;
}

/**
 * Readings of the shared clock: twenty in the first ten seconds (the page is busy loading the space, and its
 * first readings are late), then one every two seconds.
 */
const CLOCK_FIRST_READINGS = 20;
const CLOCK_FIRST_GAP_MS = 500;
const CLOCK_GAP_MS = 2000;
/** Song parts go out one per this many ms, so a large song does not crowd the room's message limit. */
const SONG_PART_GAP_MS = 20;

/** Pose frames per second while moving (or captured), and how often a still pose is repeated for newcomers. */
const POSE_SEND_HZ = 20;
const CAPTURE_SEND_HZ = 30;
/** The least time between two captured frames sent (a little under 1/CAPTURE_SEND_HZ, for clock slop). */
const CAPTURE_GAP_MS = 30;
const KEEPALIVE_MS = 500;
/** Height of the hips (the pose root) above the floor, metres. */
const HIP_HEIGHT = 0.95;

const client = new Client(window.location.origin);

/** Explains a failed join in words a visitor understands. */
export function describeJoinError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/full|locked/i.test(message)) return 'This space is full right now. Try again in a little while.';
  if (/fetch|network|ECONNREFUSED|websocket/i.test(message)) return 'Cannot reach the world server.';
  return message || 'Could not enter this space.';
}

/** A body from motion capture: local bone rotations, fingers and face when seen, the hips' height. */
export interface CapturedBody {
  /** When it was seen (ms since the epoch); the frame carries this time, not the time it is sent. */
  time?: number;
  body: Float32Array;
  hands: Float32Array | null;
  face: Float32Array | null;
  hipsHeight: number;
}

/**
 * Encodes a person's pose: the root where they stand, turned to face their heading, at rest or in the
 * captured body's pose.
 */
function encodeFloorPose(pose: FloorPose, sequence: number, body: CapturedBody | null): Uint8Array {
  const frame = restPose([pose.x, body ? Math.min(3, Math.max(0, body.hipsHeight)) : HIP_HEIGHT, pose.z]);
  frame.rotation.set([0, Math.sin(pose.yaw / 2), 0, Math.cos(pose.yaw / 2)]);
  if (body) {
    frame.body = body.body;
    frame.hands = body.hands;
    frame.face = body.face;
  }
  frame.sequence = sequence;
  frame.time = Math.round(body?.time ?? Date.now()) >>> 0;
  return encodePose(frame);
}

let lastBoardKey = '';
let lastBoard: BoardView | null = null;

/** The board as plain data, rebuilt only when a page turned or strokes came or went (it can be large). */
function boardOf(state: SpaceRoomState): BoardView | null {
  const board = state.board;
  if (!board) return null;
  const strokes = board.strokes;
  const key = `${board.page}:${strokes.length}:${strokes.at(0)?.id ?? 0}:${strokes.at(strokes.length - 1)?.id ?? 0}`;
  if (key !== lastBoardKey) {
    lastBoardKey = key;
    lastBoard = {
      page: board.page,
      strokes: [...strokes].map((stroke) => ({
        id: stroke.id,
        page: stroke.page,
        colour: stroke.colour,
        width: stroke.width,
        points: [...stroke.points],
      })),
    };
  }
  return lastBoard;
}

let lastStage: StageControls | null = null;

/** The stage controls as a plain object, the same object while nothing changed (so views do not redraw). */
function stageOf(state: SpaceRoomState): StageControls | null {
  if (!state.stage) return null;
  const next = { ...state.stage, runningOrder: [...state.stage.runningOrder] };
  const same =
    lastStage &&
    lastStage.lights === next.lights &&
    lastStage.screen === next.screen &&
    lastStage.cue === next.cue &&
    lastStage.runningOrder.join('\n') === next.runningOrder.join('\n');
  if (!same) lastStage = next;
  return lastStage;
}

/** Joins the room of a space with a join token, and keeps the store's people list in step with it. */
export async function connectToSpace(
  roomName: RoomName,
  space: string,
  token: string,
): Promise<WorldConnection> {
  setWorld({ connection: 'connecting' });
  const avatar = useWorld.getState().avatar;
  const room: Room<SpaceRoomState> = await client.joinOrCreate(roomName, {
    space,
    token,
    ...(avatar ? { avatar } : {}),
  });
  setWorld({
    connection: 'connected',
    selfId: room.sessionId,
    people: [],
    selfFromServer: null,
    chat: [],
    bursts: [],
    meter: [],
    handRaised: false,
  });
  forgetPoses();

  let slots = new Map<string, number>();
  room.onStateChange((state) => {
    const seen = new Map<string, number>();
    state.people.forEach((person, id) => seen.set(id, person.slot));
    // A slot that changed hands must not play its old owner's stream.
    for (const [id, slot] of slots) if (seen.get(id) !== slot) forgetPoses(slot);
    slots = seen;
    const known = useWorld.getState();
    const { people, self, selfVoice } = peopleFrom(state.people, room.sessionId, known.people);
    const was = known.selfFromServer;
    const stay = self && was && self.x === was.x && self.z === was.z && self.yaw === was.yaw;
    const sameVoice =
      selfVoice && known.selfVoice?.muted === selfVoice.muted && known.selfVoice.floor === selfVoice.floor;
    setWorld({
      people,
      selfFromServer: stay ? was : self,
      selfVoice: sameVoice ? known.selfVoice : selfVoice,
      openFloor: state.openFloor,
      stage: stageOf(state),
      board: boardOf(state),
    });
  });
  room.onMessage(BYTES_MESSAGE.poses, (bytes: Uint8Array) => receivePoseBatch(bytes));
  let hearVoice: ((packet: Uint8Array) => void) | null = null;
  room.onMessage(BYTES_MESSAGE.voice, (bytes: Uint8Array) => hearVoice?.(bytes));
  room.onMessage(ROOM_MESSAGE.reactions, (counts: unknown) => receiveReactions(counts));
  room.onMessage(ROOM_MESSAGE.chat, (line: unknown) => receiveChat(line));
  room.onMessage(ROOM_MESSAGE.refused, (refusal: unknown) => receiveRefusal(refusal));
  const clock = new SharedClock();
  room.onMessage(ROOM_MESSAGE.clock, (reply: unknown) => {
    const reading = clockReplySchema.safeParse(reply);
    if (reading.success) clock.add({ ...reading.data, received: performance.now() });
  });
  let liveSet: LiveSetListener | null = null;
  room.onMessage(BYTES_MESSAGE.song, (bytes: Uint8Array) => liveSet?.song(bytes));
  room.onMessage(ROOM_MESSAGE.transport, (message: unknown) => {
    const transport = transportMessageSchema.safeParse(message);
    if (transport.success) liveSet?.transport(transport.data);
  });
  room.onMessage(ROOM_MESSAGE.liveNote, (message: unknown) => {
    const note = liveNoteMessageSchema.safeParse(message);
    if (note.success) liveSet?.note(note.data);
  });
  let clockReadings = 0;
  let clockTimer: ReturnType<typeof setTimeout> | undefined;
  const readClock = () => {
    if (room.connection.isOpen) room.send(MESSAGE.clock, { sent: performance.now() });
    clockReadings++;
    clockTimer = setTimeout(
      readClock,
      clockReadings < CLOCK_FIRST_READINGS ? CLOCK_FIRST_GAP_MS : CLOCK_GAP_MS,
    );
  };
  // Only a room with a shared song (a stage's live set, a classroom's song) needs the shared clock.
  if (roomName === 'stage' || roomName === 'classroom') readClock();
  const songParts: Uint8Array[] = [];
  let songTimer: ReturnType<typeof setInterval> | undefined;
  const sendSongPart = () => {
    const part = songParts.shift();
    if (part && room.connection.isOpen) room.sendBytes(BYTES_MESSAGE.songPart, part);
    if (songParts.length === 0) {
      clearInterval(songTimer);
      songTimer = undefined;
    }
  };
  room.onDrop(() => setWorld({ connection: 'reconnecting', notice: 'Connection lost, reconnecting…' }));
  room.onReconnect(() => setWorld({ connection: 'connected', notice: null }));
  room.onLeave((code) => {
    setWorld({ connection: 'offline', people: [] });
    if (code === CLOSE_REMOVED) setWorld({ notice: 'A moderator removed you from this space.' });
    else if (code > 1001) setWorld({ notice: 'You were disconnected from this space.' });
  });

  let latest: FloorPose | null = null;
  let captured: CapturedBody | null = null;
  let changed = false;
  let sequence = 0;
  let sentAt = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    const now = performance.now();
    // A performer who has not walked yet streams from where the room placed them.
    latest ??= captured ? (useWorld.getState().selfFromServer ?? null) : null;
    if (!latest || !room.connection.isOpen || (!changed && now - sentAt < KEEPALIVE_MS)) return;
    room.sendBytes(BYTES_MESSAGE.pose, encodeFloorPose(latest, ++sequence, captured));
    if (changed && captured?.time !== undefined) {
      const stamp = Math.round(captured.time); // as encodeFloorPose stamps it
      noteSentAge(stamp, Date.now() - stamp);
    }
    changed = false;
    sentAt = now;
  };
  const sendEvery = (hz: number) => {
    clearInterval(timer);
    timer = setInterval(send, 1000 / hz);
  };
  sendEvery(POSE_SEND_HZ);
  return {
    sessionId: room.sessionId,
    sendPose(pose) {
      latest = pose;
      changed = true;
    },
    streamBody(body) {
      if ((body === null) !== (captured === null)) sendEvery(body ? CAPTURE_SEND_HZ : POSE_SEND_HZ);
      captured = body;
      changed = true;
      // A solved camera frame goes out at once (no faster than CAPTURE_SEND_HZ), not at the timer's
      // next beat: that wait was up to a frame's time on every frame.
      if (!body) return;
      clearTimeout(soon);
      const wait = CAPTURE_GAP_MS - (performance.now() - sentAt);
      if (wait <= 0) send();
      else soon = setTimeout(send, wait);
    },
    react(reaction) {
      if (room.connection.isOpen) room.send(MESSAGE.react, { reaction });
    },
    setAvatar(avatar) {
      if (room.connection.isOpen) room.send(MESSAGE.avatar, { avatar });
    },
    chat(text) {
      if (room.connection.isOpen) room.send(MESSAGE.chat, { text });
    },
    raiseHand(raised) {
      if (room.connection.isOpen) room.send(MESSAGE.raiseHand, { raised });
    },
    setStage(message) {
      if (room.connection.isOpen) room.send(MESSAGE.stage, message);
    },
    showPage(page) {
      if (room.connection.isOpen) room.send(MESSAGE.board, { page });
    },
    drawStroke(stroke) {
      if (room.connection.isOpen) room.send(MESSAGE.boardStroke, stroke);
    },
    clearPage(page) {
      if (room.connection.isOpen) room.send(MESSAGE.boardClear, { page });
    },
    moderate(message) {
      if (room.connection.isOpen) room.send(MESSAGE.moderate, message);
    },
    openFloor(open) {
      if (room.connection.isOpen) room.send(MESSAGE.openFloor, { open });
    },
    sendAudio(frame) {
      if (room.connection.isOpen) room.sendBytes(BYTES_MESSAGE.audio, frame);
    },
    onVoice(listener) {
      hearVoice = listener;
    },
    clock,
    sendSong(update, replace = false) {
      // A new song makes whatever of the last is still waiting to go needless.
      if (replace) songParts.length = 0;
      songParts.push(...encodeSongParts(update, replace));
      sendSongPart();
      if (songParts.length > 0) songTimer ??= setInterval(sendSongPart, SONG_PART_GAP_MS);
    },
    sendTransport(transport) {
      if (room.connection.isOpen) room.send(MESSAGE.transport, transport);
    },
    sendLiveNote(note) {
      if (room.connection.isOpen) room.send(MESSAGE.liveNote, note);
    },
    onLiveSet(listener) {
      liveSet = listener;
    },
    async leave() {
      clearInterval(timer);
      clearTimeout(soon);
      clearTimeout(clockTimer);
      clearInterval(songTimer);
      liveSet = null;
      hearVoice = null;
      room.removeAllListeners();
      await room.leave(true).catch(() => undefined);
      forgetPoses();
      lastBoardKey = '';
      setWorld({ connection: 'offline', people: [], selfId: null, board: null, boardOpen: false });
    },
  };
}
