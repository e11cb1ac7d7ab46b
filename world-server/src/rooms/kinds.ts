import type { SpaceKind } from '../shared/layouts.ts';
import { SpaceRoom } from './space-room.ts';
import { StageRoom } from './stage-room.ts';

export interface RoomSettings {
  readonly tokenSecret: string;
  /** How many people one stage-room instance holds before the show opens another. */
  readonly stageCapacity: number;
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
    };
  class ShowStage extends StageRoom {
    protected readonly kind: SpaceKind = 'stage';
    protected readonly tokenSecret = settings.tokenSecret;
    override maxClients = settings.stageCapacity;
  }
  return {
    lobby: roomOf('lobby'),
    gallery: roomOf('gallery'),
    stage: ShowStage,
    classroom: roomOf('classroom'),
  };
}
