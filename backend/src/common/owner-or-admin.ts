// Who may act on a thing: the one place the API answers "is it theirs, or are they an admin?", so that the
// rule reads the same in every service and a change to it (a new staff role, say) is made once.
import { ForbiddenException } from '@nestjs/common';

/** Who is asking: an account id and its roles, as an access token carries them. */
export interface Caller {
  readonly sub: string;
  readonly roles: readonly string[];
}

/** Whether the caller has any of `roles`. */
export const hasAnyRole = (caller: Caller | null, roles: readonly string[]): boolean =>
  caller !== null && roles.some((role) => caller.roles.includes(role));

/** Whether the caller is one of the venue's admins, who may act for anyone. */
export const isAdmin = (caller: Caller | null): boolean => hasAnyRole(caller, ['admin']);

/** Whether the caller owns the thing (`ownerId`, a user id; null when nobody does) or is an admin. */
export const isOwnerOrAdmin = (caller: Caller | null, ownerId: string | null | undefined): boolean =>
  caller !== null && ((typeof ownerId === 'string' && caller.sub === ownerId) || isAdmin(caller));

/** Refuses (403, with `message`: say who may) unless the caller owns the thing or is an admin. */
export function requireOwnerOrAdmin(
  caller: Caller,
  ownerId: string | null | undefined,
  message: string,
): void {
  if (!isOwnerOrAdmin(caller, ownerId)) throw new ForbiddenException(message);
}

/** Whether the caller answers for the venue's spaces: its curators and admins. */
export const isVenueStaff = (caller: Caller | null): boolean => hasAnyRole(caller, ['curator', 'admin']);
