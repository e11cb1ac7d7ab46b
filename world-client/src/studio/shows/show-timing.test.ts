import { describe, expect, it } from 'vitest';
import { canGoLive, showMoment, showTimes } from './show-timing.ts';

const at = (iso: string) => new Date(iso);
const show = (status: 'pending' | 'approved' | 'declined') => ({
  status,
  startsAt: '2026-12-09T20:00:00.000Z',
  endsAt: '2026-12-09T21:00:00.000Z',
});

describe('a show’s moment for its performer', () => {
  it('follows the doors (30 minutes before), the show and its end', () => {
    const approved = show('approved');
    expect(showMoment(approved, at('2026-12-09T19:29:00Z'))).toBe('upcoming');
    expect(showMoment(approved, at('2026-12-09T19:30:00Z'))).toBe('doors-open');
    expect(showMoment(approved, at('2026-12-09T20:30:00Z'))).toBe('on');
    expect(showMoment(approved, at('2026-12-09T21:00:00Z'))).toBe('over');
  });

  it('lets the performer go live only while the doors are open or the show is on', () => {
    const moments = [
      '2026-12-09T19:00:00Z',
      '2026-12-09T19:45:00Z',
      '2026-12-09T20:10:00Z',
      '2026-12-09T22:00:00Z',
    ];
    expect(moments.map((time) => canGoLive(showMoment(show('approved'), at(time))))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('is the venue’s answer while it has not approved the show, whatever the time', () => {
    expect(showMoment(show('pending'), at('2026-12-09T20:10:00Z'))).toBe('waiting');
    expect(showMoment(show('declined'), at('2026-12-09T20:10:00Z'))).toBe('declined');
  });
});

describe('a show’s times', () => {
  it('name the day once for a show that ends the same day, and twice for one past midnight', () => {
    const sameDay = showTimes({ startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-09T13:30:00Z' }, 'en-GB');
    expect(sameDay.match(/Dec/g)).toHaveLength(1);
    const late = showTimes({ startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-11T01:00:00Z' }, 'en-GB');
    expect(late.match(/Dec/g)).toHaveLength(2);
  });
});
