import type { JoinClaims } from './join-claims.ts';

/** One person's stay in a room, reported when they leave: who, where, as what, by what right, and when. */
export interface RoomVisit extends Pick<JoinClaims, 'sub' | 'space' | 'kind' | 'role' | 'entitlement'> {
  readonly joinedAt: Date;
  readonly leftAt: Date;
}
