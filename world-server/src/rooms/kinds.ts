import type { SpaceKind } from '../shared/layouts.ts';
import { SpaceRoom } from './space-room.ts';

/**
 * The room class for each kind of space, registered under the kind's name. Made per world server, so that
 * each knows the secret its join tokens are signed with without any global state.
 */
export function createRoomClasses(tokenSecret: string): Record<SpaceKind, new () => SpaceRoom> {
  const roomOf = (kind: SpaceKind) =>
    class extends SpaceRoom {
      protected readonly kind = kind;
      protected readonly tokenSecret = tokenSecret;
    };
  return {
    lobby: roomOf('lobby'),
    gallery: roomOf('gallery'),
    stage: roomOf('stage'),
    classroom: roomOf('classroom'),
  };
}
