// The room state's shape as a client reads it: plain data, no Colyseus inside. The server's synced schema
// (world-server/src/rooms/space-state.ts) is checked against these at compile time, so the two cannot drift;
// see docs/protocol.md for what each field means.

/** Someone in the room, keyed by their session id. */
export interface PersonState {
  name: string;
  /** visitor, audience, performer, student, instructor or moderator (from their join token). */
  role: string;
  avatar: string;
  /** Names this person in pose batches. */
  slot: number;
  /** False while a dropped connection may still come back. */
  connected: boolean;
  muted: boolean;
  /** In a classroom: the instructor gave them the floor, so they are heard. */
  floor: boolean;
  handRaised: boolean;
  /** When the hand went up (the room's clock, ms), so questions are taken in turn; 0 if down. */
  handRaisedAt: number;
  spotlit: boolean;
  /** Their latest reaction ('' before any), and when it came (the room's clock, ms). */
  reaction: string;
  reactedAt: number;
  x: number;
  z: number;
  yaw: number;
}

/** The stage's controls, set by its performer. */
export interface StageState {
  lights: string;
  screen: string;
  cue: number;
  runningOrder: Iterable<string>;
}

/** A line drawn on the board: points x0, y0, x1, y1, … in 0..1 across the board, on one page. */
export interface StrokeState {
  id: number;
  page: number;
  colour: string;
  width: number;
  points: Iterable<number>;
}

/** The classroom board: the page its instructor shows, and what is drawn on every page. */
export interface BoardState {
  page: number;
  strokes: { length: number; at(index: number): StrokeState | undefined } & Iterable<StrokeState>;
}

/** What every client of a space room sees. */
export interface SpaceRoomState {
  space: string;
  kind: string;
  people: {
    forEach(each: (person: PersonState, id: string) => void): void;
    get(id: string): PersonState | undefined;
  };
  stage?: StageState;
  board?: BoardState;
  /** In a classroom: the instructor opened the floor, so every student is heard. */
  openFloor: boolean;
}
