import { schema, t, type SchemaType } from '@colyseus/schema';
import type { PersonState, SpaceRoomState } from '@prostudio/protocol';

/** Someone in the room: the durable part (name) and their place on the floor. */
export const Person = schema(
  {
    name: t.string(),
    /** visitor, audience, performer, student, instructor or moderator (from their join token). */
    role: t.string(),
    /** The avatar they chose. */
    avatar: t.string(),
    /** Names this person in pose batches (see docs/protocol.md). */
    slot: t.uint16(),
    /** False while a dropped connection may still come back. */
    connected: t.boolean(),
    muted: t.boolean(),
    /** In a classroom: the instructor gave them the floor, so they are heard. */
    floor: t.boolean(),
    handRaised: t.boolean(),
    /** When the hand went up (ms since the epoch, the room's clock), so questions are taken in turn; 0 if down. */
    handRaisedAt: t.float64(),
    spotlit: t.boolean(),
    /** Their latest reaction ('' before any), and when it came (the room's clock, ms), so it shows by their name. */
    reaction: t.string(),
    reactedAt: t.float64(),
    x: t.float32(),
    z: t.float32(),
    yaw: t.float32(),
  },
  'Person',
);
export type Person = SchemaType<typeof Person>;

/** The avatar of someone who did not choose one. */
export const DEFAULT_AVATAR = 'default';

/** Someone new in the room, as they arrive: here, not muted, hand down, no reaction yet. */
export function newPerson(who: {
  name: string;
  role: string;
  avatar?: string | undefined;
  slot: number;
  place: { x: number; z: number; yaw: number };
}): Person {
  return new Person({
    name: who.name,
    role: who.role,
    avatar: who.avatar ?? DEFAULT_AVATAR,
    slot: who.slot,
    connected: true,
    muted: false,
    floor: false,
    handRaised: false,
    handRaisedAt: 0,
    spotlit: false,
    reaction: '',
    reactedAt: 0,
    x: who.place.x,
    z: who.place.z,
    yaw: who.place.yaw,
  });
}

/** The stage's controls, set by its performer. */
export const StageControls = schema(
  { lights: t.string(), screen: t.string(), cue: t.uint16(), runningOrder: t.array('string') },
  'StageControls',
);

/** A line drawn on the board: points x0, y0, x1, y1, … in 0..1 across the board, on one page. */
export const Stroke = schema(
  { id: t.uint32(), page: t.uint16(), colour: t.string(), width: t.float32(), points: t.array('float32') },
  'Stroke',
);
export type Stroke = SchemaType<typeof Stroke>;

/** The classroom board: the page its instructor shows, and what is drawn on every page. */
export const Board = schema({ page: t.uint16(), strokes: t.array(Stroke) }, 'Board');

/** What every client of a space room sees: which space it is and who is in it, keyed by session id. */
export const SpaceState = schema(
  {
    space: t.string(),
    kind: t.string(),
    people: t.map(Person),
    stage: StageControls,
    board: Board,
    /** In a classroom: the instructor opened the floor, so every student is heard. */
    openFloor: t.boolean(),
  },
  'SpaceState',
);
export type SpaceState = SchemaType<typeof SpaceState>;

/** Fails to compile when the synced schema stops carrying the shape clients read (protocol's room-state.ts). */
type Holds<T extends true> = T;
export type StateMatchesProtocol = Holds<
  Person extends PersonState ? (SpaceState extends SpaceRoomState ? true : false) : false
>;

/** Replaces the items of a synced list. */
export function setList(
  list: { clear(): void; push(...items: string[]): number },
  items: readonly string[],
): void {
  list.clear();
  list.push(...items);
}
