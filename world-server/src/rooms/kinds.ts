import { ServerError } from '@colyseus/core';
import { admit } from '../auth/admit.ts';
import type { JoinClaims, RoomBan, RoomVisit, SpaceKind } from '@prostudio/protocol';
import type { TokenLedger } from '../auth/token-ledger.ts';
import type { BanBoard } from './ban-board.ts';
import { type RoomLinks, SpaceRoom } from './space-room.ts';
import type { SongStore } from './song-desk.ts';
import { StageRoom } from './stage-room.ts';

export interface RoomSettings {
  readonly tokenSecret: string;
  /** Where spent join tokens are remembered (shared by the venue's processes). */
  readonly ledger: TokenLedger;
  /** How many people one stage-room instance holds before the show opens another. */
  readonly stageCapacity: number;
  /** Bans known to every room of the venue. */
  readonly bans: BanBoard;
  /** Told of every stay in a room when it ends. */
  readonly onVisit?: ((visit: RoomVisit) => void) | undefined;
  /** Told of every ban a moderator gives, for the venue to keep. */
  readonly onBan?: ((ban: RoomBan) => void) | undefined;
  /** Where classrooms keep their songs between sessions. */
  readonly songs?: SongStore | undefined;
}

/**
 * The room class for each kind of space, registered under the kind's name. Made per world server, so that
 * each knows its settings (the join-token secret, capacities) without any global state.
 */
export function createRoomClasses(settings: RoomSettings): Record<SpaceKind, new () => SpaceRoom> {
  // Colyseus calls a room class's static onAuth when a seat is reserved, before it finds or makes a room;
  // what it returns is the joining client's `auth` (and the room's own onAuth is then not called).
  const admitTo = async (kind: SpaceKind, options: unknown): Promise<JoinClaims> => {
    const admission = await admit(options, kind, settings);
    if (!admission.ok) throw new ServerError(admission.status, admission.reason);
    return admission.claims;
  };
  const links: RoomLinks = {
    bans: settings.bans,
    onVisit: settings.onVisit,
    onBan: settings.onBan,
    songs: settings.songs,
  };
  const roomOf = (kind: SpaceKind) =>
    class extends SpaceRoom {
      protected readonly kind = kind;
      protected readonly links = links;
      static override onAuth(_token: string, options: unknown): Promise<JoinClaims> {
        return admitTo(kind, options);
      }
    };
  class ShowStage extends StageRoom {
    protected readonly kind: SpaceKind = 'stage';
    protected readonly links = links;
    override maxClients = settings.stageCapacity;
    static override onAuth(_token: string, options: unknown): Promise<JoinClaims> {
      return admitTo('stage', options);
    }
  }
  return {
    lobby: roomOf('lobby'),
    gallery: roomOf('gallery'),
    stage: ShowStage,
    classroom: roomOf('classroom'),
  };
}
