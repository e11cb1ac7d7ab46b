import type { SpaceKind } from '../shared/layouts.ts';
import { SpaceRoom } from './space-room.ts';
import { StageRoom } from './stage-room.ts';
import type { RoomVisit } from './visit.ts';

export interface RoomSettings {
  readonly tokenSecret: string;
  /** How many people one stage-room instance holds before the show opens another. */
  readonly stageCapacity: number;
  /** Told of every stay in a room when it ends. */
  readonly onVisit?: ((visit: RoomVisit) => void) | undefined;
}

/**
 * The room class for each kind of space, registered under the kind's name. Made per world server, so that
 * each knows its settings (the join-token secret, capacities) without any global state.
 */
export function createRoomClasses(settings: RoomSettings): Record<SpaceKind, new () => SpaceRoom> {
  const roomOf = (kind: SpaceKind) =>
    class extends SpaceRoom {
      protected readonly kind = kind;
      protected readonly tokenSecret = settings.tokenSecret;
      protected override readonly onVisit = settings.onVisit;
    };
  class ShowStage extends StageRoom {
    protected readonly kind: SpaceKind = 'stage';
    protected readonly tokenSecret = settings.tokenSecret;
    protected override readonly onVisit = settings.onVisit;
    override maxClients = settings.stageCapacity;
  }
  return {
    lobby: roomOf('lobby'),
    gallery: roomOf('gallery'),
    stage: ShowStage,
    classroom: roomOf('classroom'),
  };
}
