// Join tokens for tests, signed as the backend would sign them.
import { type Role, signJoinToken } from '@prostudio/protocol/join-token';
import type { SpaceKind } from '@prostudio/protocol';

export const TEST_TOKEN_SECRET = 'world-server-tests-secret-0123456789abcdef';
/** Seat reservations per address for test servers, whose clients all come from 127.0.0.1 at once. */
export const TEST_SEAT_RATE = { perSecond: 10_000, burst: 10_000 };

let guests = 0;

/** A valid token to join `space` (of `kind`) as `name` in `role`. */
export function tokenFor(space: string, kind: SpaceKind, name: string, role: Role = 'visitor'): string {
  return signJoinToken(
    { sub: `test-${++guests}`, name, space, kind, role, entitlement: null },
    TEST_TOKEN_SECRET,
  );
}
