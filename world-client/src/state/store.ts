// The client's state in one zustand store: where the visitor is in the flow, the venue, the room's people.
import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import type { FloorPose, Reaction } from '@prostudio/protocol';
import { create } from 'zustand';
import type { BoardView } from '../panels/board-app.ts';

/** Someone else in the room, as the room last reported them. */
export interface RemotePerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** The avatar they chose (an id of the venue's avatars; unknown ids fall back to the first). */
  readonly avatar: string;
  /** Names their pose stream. */
  readonly slot: number;
  /** Their connection dropped; the room keeps their place for a while in case they come back. */
  readonly away: boolean;
  /** A moderator muted them (chat and voice). */
  readonly muted: boolean;
  /** In a classroom: the instructor gave them the floor. */
  readonly floor: boolean;
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
  /** When their hand went up (the room's time, ms), or 0 while it is down. */
  readonly handRaisedAt: number;
  /** Their latest reaction ('' before any) and when it came (the room's time, ms). */
  readonly reaction: string;
  readonly reactedAt: number;
}

export type Phase =
  | { readonly kind: 'booting' }
  | { readonly kind: 'naming' }
  | { readonly kind: 'loading'; readonly slug: string; readonly label: string; readonly progress: number }
  | { readonly kind: 'inside'; readonly space: SpaceDetail }
  | {
      readonly kind: 'failed';
      readonly message: string;
      readonly retrySlug: string | null;
      /** The door refused: a stage with a show on (a ticket), a classroom with a workshop on (a course). */
      readonly door?: { readonly kind: 'stage' | 'classroom'; readonly slug: string } | undefined;
    };

export type { Reaction } from '@prostudio/protocol';

/** A line of the room's chat. */
export interface ChatLine {
  readonly id: number;
  readonly from: string;
  readonly name: string;
  readonly text: string;
}

/** One emoji flying up the screen (a reaction someone in the room — or the show — sent). */
export interface Burst {
  readonly id: number;
  readonly reaction: Reaction;
  /** Horizontal place on the screen, 0..1. */
  readonly lane: number;
}

/** What of the visitor decides whether they are heard (see the protocol's voice rules). */
export interface SelfVoice {
  readonly muted: boolean;
  readonly floor: boolean;
}

export type ConnectionStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export interface WorldState {
  phase: Phase;
  name: string;
  /** The avatar the visitor chose at the door (an id of the venue's avatars), or '' for the first. */
  avatar: string;
  spaces: SpaceSummary[];
  connection: ConnectionStatus;
  selfId: string | null;
  /** Everyone else, sorted by name; a person's object changes only when they do (net/people-list.ts). */
  people: readonly RemotePerson[];
  /** The local visitor's pose as last sent. */
  selfPose: FloorPose | null;
  /** The local visitor's pose, as last accepted by the room (for reconciliation). */
  selfFromServer: FloorPose | null;
  notice: string | null;
  helpOpen: boolean;
  /** A performer's mirror on the stage, facing them (shown only to them). */
  mirror: boolean;
  chat: ChatLine[];
  bursts: Burst[];
  /** Reactions counted in the last few seconds, for the meter. */
  meter: Array<{ at: number; count: number }>;
  handRaised: boolean;
  /** A stage's controls, as its performer set them (null outside stages). */
  stage: StageControls | null;
  /** The work the visitor opened (its id), or null. */
  selectedWork: string | null;
  /** The guided tour of a gallery: the stop the visitor is at or walking to (an index), or null when off. */
  tour: number | null;
  /** The classroom seat the visitor is walking to, or sitting in (an id of layout/classroom-seats.ts). */
  seat: { readonly id: string; readonly seated: boolean } | null;
  /** The visitor's role in the room they are in (from their join token). */
  selfRole: string | null;
  /** A classroom's board, as the room has it (null elsewhere). */
  board: BoardView | null;
  /** Whether a moderator muted the visitor, and whether they have a classroom's floor. */
  selfVoice: SelfVoice | null;
  /** A classroom's floor is open: every student is heard. */
  openFloor: boolean;
  /** The board's pen (the instructor's). */
  pen: { colour: string; width: number };
  /** The board shown large on the page, for drawing with a mouse or a finger. */
  boardOpen: boolean;
  /** The 3D view is ready for a VR session to start. */
  xrReady: boolean;
}

export interface StageControls {
  readonly lights: string;
  readonly screen: string;
  readonly cue: number;
  readonly runningOrder: readonly string[];
}

export const useWorld = create<WorldState>(() => ({
  phase: { kind: 'booting' },
  name: '',
  avatar: '',
  spaces: [],
  connection: 'offline',
  selfId: null,
  people: [],
  selfPose: null,
  selfFromServer: null,
  notice: null,
  helpOpen: false,
  mirror: true,
  chat: [],
  bursts: [],
  meter: [],
  handRaised: false,
  stage: null,
  selectedWork: null,
  tour: null,
  seat: null,
  selfRole: null,
  board: null,
  selfVoice: null,
  openFloor: false,
  pen: { colour: '#1d3557', width: 6 },
  boardOpen: false,
  xrReady: false,
}));

/** Shorthand for updates from outside React. */
export const setWorld = useWorld.setState;
