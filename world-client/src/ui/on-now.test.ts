import { describe, expect, it } from 'vitest';
import { onNowLine } from './on-now.ts';

const now = new Date('2026-11-25T17:00:00Z');
const show = (startsAt: string, endsAt: string) =>
  ({ kind: 'show', title: 'Night Signals', startsAt, endsAt }) as const;
const line = (onNow: Parameters<typeof onNowLine>[0]) => onNowLine(onNow, now, 'en-GB', 'Europe/London');

describe('what is on, in a line', () => {
  it('names the exhibition', () => {
    expect(line({ kind: 'exhibition', title: 'Rules and Chance', startsAt: null, endsAt: null })).toBe(
      'Now: Rules and Chance',
    );
  });

  it('says a show is on while it is', () => {
    expect(line(show('2026-11-25T16:30:00Z', '2026-11-25T18:00:00Z'))).toBe('On now: Night Signals');
  });

  it('gives the time of one later today, in the visitor’s time zone', () => {
    expect(line(show('2026-11-25T20:00:00Z', '2026-11-25T21:00:00Z'))).toBe('Today 20:00: Night Signals');
    expect(onNowLine(show('2026-11-25T20:00:00Z', '2026-11-25T21:00:00Z'), now, 'en-GB', 'Asia/Tokyo')).toBe(
      'Today 05:00: Night Signals', // it is already the 26th there
    );
  });

  it('gives the day and time of one on another day, and nothing for nothing', () => {
    expect(
      line({
        kind: 'workshop',
        title: 'Figure drawing',
        startsAt: '2026-11-27T18:30:00Z',
        endsAt: '2026-11-27T20:00:00Z',
      }),
    ).toBe('Fri 27 Nov, 18:30: Figure drawing');
    expect(line(null)).toBe('');
  });
});
