// The client's state in one zustand store: where the visitor is in the flow, the venue, the room's people.
import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import type { FloorPose } from '@prostudio/world-server/shared';
import { create } from 'zustand';

/** Someone else in the room, as the room last reported them. */
export interface RemotePerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** Names their pose stream. */
  readonly slot: number;
  /** Their connection dropped; the room keeps their place for a while in case they come back. */
  readonly away: boolean;
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

export type Phase =
  | { readonly kind: 'booting' }
  | { readonly kind: 'naming' }
  | { readonly kind: 'loading'; readonly slug: string; readonly label: string; readonly progress: number }
  | { readonly kind: 'inside'; readonly space: SpaceDetail }
  | { readonly kind: 'failed'; readonly message: string; readonly retrySlug: string | null };

export type ConnectionStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export interface WorldState {
  phase: Phase;
  name: string;
  spaces: SpaceSummary[];
  connection: ConnectionStatus;
  selfId: string | null;
  people: RemotePerson[];
  /** The local visitor's pose as last sent. */
  selfPose: FloorPose | null;
  /** The local visitor's pose, as last accepted by the room (for reconciliation). */
  selfFromServer: FloorPose | null;
  notice: string | null;
  helpOpen: boolean;
}

export const useWorld = create<WorldState>(() => ({
  phase: { kind: 'booting' },
  name: '',
  spaces: [],
  connection: 'offline',
  selfId: null,
  people: [],
  selfPose: null,
  selfFromServer: null,
  notice: null,
  helpOpen: false,
}));

/** Shorthand for updates from outside React. */
export const setWorld = useWorld.setState;
