// How many stage bookings one artist may have open at once, so that nobody fills the venue's calendar with
// requests or takes every evening. Pure, tested in Node.

/** Requests waiting for the venue's answer. */
export const MAX_PENDING_SHOWS = 3;
/** Approved shows still to come (or on). */
export const MAX_UPCOMING_SHOWS = 5;

/** Why one more show request is refused (the artist reads it), or null when it may be made. */
export function bookingLimitProblem(open: {
  readonly pending: number;
  readonly upcoming: number;
}): string | null {
  if (open.pending >= MAX_PENDING_SHOWS) {
    return `You have ${open.pending} show requests waiting for the venue's answer, the most at once: wait for an answer before asking for another.`;
  }
  if (open.upcoming >= MAX_UPCOMING_SHOWS) {
    return `You have ${open.upcoming} approved shows to come, the most at once: ask for another after one has taken place.`;
  }
  return null;
}
