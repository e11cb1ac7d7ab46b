import { describe, expect, it } from 'vitest';
import { bookingLimitProblem, MAX_PENDING_SHOWS, MAX_UPCOMING_SHOWS } from './booking-limits.ts';

describe('how many stage bookings an artist may have open', () => {
  it('allows up to 3 waiting requests and 5 approved shows to come', () => {
    expect([MAX_PENDING_SHOWS, MAX_UPCOMING_SHOWS]).toEqual([3, 5]);
    expect(bookingLimitProblem({ pending: 2, upcoming: 4 })).toBeNull();
  });

  it('says which limit is reached and what to do', () => {
    expect(bookingLimitProblem({ pending: 3, upcoming: 0 })).toBe(
      "You have 3 show requests waiting for the venue's answer, the most at once: wait for an answer before asking for another.",
    );
    expect(bookingLimitProblem({ pending: 0, upcoming: 5 })).toBe(
      'You have 5 approved shows to come, the most at once: ask for another after one has taken place.',
    );
  });
});
