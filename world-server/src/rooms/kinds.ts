import type { SpaceKind } from '../shared/layouts.ts';
import { SpaceRoom } from './space-room.ts';

export class LobbyRoom extends SpaceRoom {
  protected readonly kind: SpaceKind = 'lobby';
}

export class GalleryRoom extends SpaceRoom {
  protected readonly kind: SpaceKind = 'gallery';
}

export class StageRoom extends SpaceRoom {
  protected readonly kind: SpaceKind = 'stage';
}

export class ClassroomRoom extends SpaceRoom {
  protected readonly kind: SpaceKind = 'classroom';
}

/** The room class for each kind of space, registered under the kind's name. */
export const ROOM_CLASSES = {
  lobby: LobbyRoom,
  gallery: GalleryRoom,
  stage: StageRoom,
  classroom: ClassroomRoom,
} as const satisfies Record<SpaceKind, typeof SpaceRoom>;
