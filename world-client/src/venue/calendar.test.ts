import type { CalendarEntry } from '@prostudio/backend/contract';
import { describe, expect, it } from 'vitest';
import { daysOf, entriesOn, isOnDay, rangeOf, step, viewTitle } from './calendar.ts';

const entry = (over: Partial<CalendarEntry>): CalendarEntry => ({
  id: 'e',
  kind: 'show',
  title: 'Set',
  by: 'Pia',
  space: 'main-stage',
  status: 'approved',
  startsAt: new Date(2027, 0, 6, 20).toISOString(),
  endsAt: new Date(2027, 0, 6, 21).toISOString(),
  ...over,
});

describe('the desk’s calendar', () => {
  it('shows a week from Monday, and a month from the 1st to its last day', () => {
    const week = daysOf('week', new Date(2027, 0, 6, 15)); // a Wednesday
    expect(week.map((day) => day.getDate())).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(daysOf('week', new Date(2027, 0, 10)).map((day) => day.getDate())[0]).toBe(4); // a Sunday
    expect(daysOf('month', new Date(2027, 1, 14))).toHaveLength(28);
    expect(daysOf('month', new Date(2028, 1, 14))).toHaveLength(29);
  });

  it('moves by a week or a month, and asks the API for whole days', () => {
    expect(step('week', new Date(2027, 0, 6), 1)).toEqual(new Date(2027, 0, 13));
    expect(step('month', new Date(2027, 0, 31), 1)).toEqual(new Date(2027, 1, 1));
    expect(step('month', new Date(2027, 0, 15), -1)).toEqual(new Date(2026, 11, 1));
    const range = rangeOf(daysOf('week', new Date(2027, 0, 6)));
    expect(new Date(range.from)).toEqual(new Date(2027, 0, 4));
    expect(new Date(range.to)).toEqual(new Date(2027, 0, 11));
  });

  it('puts an entry on the days it covers; a standing exhibition stays on', () => {
    expect(isOnDay(entry({}), new Date(2027, 0, 6))).toBe(true);
    expect(isOnDay(entry({}), new Date(2027, 0, 7))).toBe(false);
    const standing = entry({
      kind: 'exhibition',
      startsAt: new Date(2026, 0, 1).toISOString(),
      endsAt: null,
    });
    expect(isOnDay(standing, new Date(2030, 5, 1))).toBe(true);
    // Closing at midnight: not on the next day.
    const closes = entry({
      startsAt: new Date(2027, 0, 1).toISOString(),
      endsAt: new Date(2027, 0, 6).toISOString(),
    });
    expect(isOnDay(closes, new Date(2027, 0, 5))).toBe(true);
    expect(isOnDay(closes, new Date(2027, 0, 6))).toBe(false);
  });

  it('lists a space’s day with shows first, approved before requests, by time', () => {
    const late = entry({ id: 'late', startsAt: new Date(2027, 0, 6, 22).toISOString() });
    const early = entry({ id: 'early', startsAt: new Date(2027, 0, 6, 18).toISOString() });
    const asked = entry({ id: 'asked', status: 'pending', startsAt: new Date(2027, 0, 6, 12).toISOString() });
    const elsewhere = entry({ id: 'elsewhere', space: 'small-stage' });
    const ids = entriesOn([late, asked, elsewhere, early], 'main-stage', new Date(2027, 0, 6)).map(
      (e) => e.id,
    );
    expect(ids).toEqual(['early', 'late', 'asked']);
  });

  it('names the view in the reader’s language', () => {
    expect(viewTitle('month', daysOf('month', new Date(2027, 0, 6)), 'en-GB')).toBe('January 2027');
    expect(viewTitle('month', daysOf('month', new Date(2027, 0, 6)), 'de-DE')).toBe('Januar 2027');
    expect(viewTitle('week', daysOf('week', new Date(2027, 0, 6)), 'en-GB')).toBe('Week of 4 January 2027');
  });
});
