import type { JoinClaims } from './join-claims.ts';

/** How far a ban reaches: the space it was given in, or the whole venue. */
export type BanScope = 'space' | 'venue';

/** A ban a moderator gave in a room, as the world server reports it to the venue, which keeps it. */
export interface RoomBan extends Pick<JoinClaims, 'sub' | 'name' | 'space'> {
  /** The keyed hash of their address (from their join token), so coming back as a new guest from the same place is refused too, for a day. */
  readonly net: string | null;
  readonly scope: BanScope;
  /** The moderator's subject. */
  readonly by: string;
  readonly reason: string | null;
  readonly at: Date;
}
