// Who is heard where: one rule, read by the room (which relays only the sound of those it allows) and by the
// client (which tells a person why nobody hears them before they speak into the void).
import type { SpaceKind } from './layouts.ts';

export type Hearing = { heard: true } | { heard: false; reason: string };

/** What of a person decides whether they are heard. */
export interface Speaker {
  role: string;
  muted: boolean;
  /** In a classroom: the instructor gave them the floor. */
  floor: boolean;
}

/**
 * Whether `speaker` is heard in a space of `kind`: on a stage, its performer (the audience cheers with
 * reactions); in a classroom, the instructor, whoever has the floor, and everyone while the instructor has
 * opened the floor for discussion; in galleries and the lobby, everyone, by those near them. A muted person
 * is heard nowhere.
 */
export function hearing(kind: SpaceKind, speaker: Speaker, openFloor: boolean): Hearing {
  if (speaker.muted) return { heard: false, reason: 'A moderator muted you here.' };
  switch (kind) {
    case 'stage':
      return speaker.role === 'performer'
        ? { heard: true }
        : { heard: false, reason: 'On a stage only the performer is heard; cheer with the reactions.' };
    case 'classroom':
      return speaker.role === 'instructor' || speaker.floor || openFloor
        ? { heard: true }
        : { heard: false, reason: 'Raise your hand: you are heard once the instructor gives you the floor.' };
    default:
      return { heard: true };
  }
}

/** Whether voices in a space of `kind` come from where the speaker stands, heard by those near them. */
export function voicesAreSpatial(kind: SpaceKind): boolean {
  return kind === 'gallery' || kind === 'lobby';
}

/** In galleries and the lobby: a listener hears at most this many talkers, the nearest, within this range. */
export const VOICE_NEAR = { most: 8, radius: 12 } as const;
