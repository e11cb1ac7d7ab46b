// What a room tells the rest of the venue: a ban (to every room of its reach at once, through the ban board,
// and to the venue to keep), and a stay in the room when it ends. A hook that fails is logged, never thrown
// into the room.
import type { BanScope, JoinClaims } from '@prostudio/protocol';
import type { RoomLinks } from './space-room.ts';
import type { Session } from './session.ts';

/** Shares a ban of `banned` given by the moderator `by`. */
export function reportBan(
  links: RoomLinks,
  banned: JoinClaims,
  given: { by: string; scope: BanScope; reason: string | null },
): void {
  const { sub, name, space } = banned;
  void links.bans.announce({ sub, space, scope: given.scope }).catch((error: unknown) => {
    console.error('[world] could not share a ban:', error);
  });
  told('ban', () => links.onBan?.({ sub, name, space, net: banned.net ?? null, ...given, at: new Date() }));
}

/** Reports someone's stay, now that it has ended. */
export function reportVisit(links: RoomLinks, session: Session): void {
  const { sub, space, kind, role, entitlement } = session.claims;
  const visit = { sub, space, kind, role, entitlement, joinedAt: session.joinedAt, leftAt: new Date() };
  told('visit', () => links.onVisit?.(visit));
}

function told(hook: string, call: () => void): void {
  try {
    call();
  } catch (error) {
    console.error(`[world] the ${hook} hook failed:`, error);
  }
}
