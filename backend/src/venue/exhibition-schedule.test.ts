import { describe, expect, it } from 'vitest';
import {
  approvalDates,
  askedDatesProblem,
  clashingRun,
  DEFAULT_RUN_DAYS,
  exhibitionOnNow,
  type ExhibitionRun,
} from './exhibition-schedule.ts';

const day = (n: number) => new Date(Date.UTC(2027, 0, n));
const run = (id: string, opens: number, closes: number | null): ExhibitionRun => ({
  id,
  title: id,
  opensAt: day(opens),
  closesAt: closes === null ? null : day(closes),
});

describe('which exhibition a gallery shows', () => {
  const house = run('house', 1, null);
  const visiting = run('visiting', 10, 20);

  it('shows a dated exhibition on its dates, over the standing collection, which returns after it', () => {
    expect(exhibitionOnNow([house, visiting], day(5))?.id).toBe('house');
    expect(exhibitionOnNow([house, visiting], day(10))?.id).toBe('visiting');
    expect(exhibitionOnNow([visiting, house], day(19))?.id).toBe('visiting');
    expect(exhibitionOnNow([house, visiting], day(20))?.id).toBe('house');
  });

  it('shows the standing collection that opened last, and nothing before anything opens', () => {
    const newer = run('newer', 3, null);
    expect(exhibitionOnNow([newer, house], day(4))?.id).toBe('newer');
    expect(exhibitionOnNow([newer, house], day(2))?.id).toBe('house');
    expect(exhibitionOnNow([visiting], day(2))).toBeNull();
    expect(exhibitionOnNow([], day(2))).toBeNull();
  });
});

describe('approving an exhibition whose dates overlap another', () => {
  const booked = [run('standing', 1, null), run('booked', 10, 20)];

  it('finds the dated exhibition it would overlap', () => {
    expect(clashingRun({ opensAt: day(15), closesAt: day(25) }, booked)?.id).toBe('booked');
    expect(clashingRun({ opensAt: day(5), closesAt: day(11) }, booked)?.id).toBe('booked');
    expect(clashingRun({ opensAt: day(12), closesAt: day(13) }, booked)?.id).toBe('booked');
  });

  it('lets one follow another on the day it closes, and never clashes with a standing one', () => {
    expect(clashingRun({ opensAt: day(20), closesAt: day(30) }, booked)).toBeNull();
    expect(clashingRun({ opensAt: day(2), closesAt: day(10) }, booked)).toBeNull();
  });
});

describe('the dates of an approval', () => {
  const now = day(5);

  it('takes the approver’s dates, else the artist’s, else four weeks from now', () => {
    expect(approvalDates({ opensAt: day(7), closesAt: day(9) }, { closesAt: day(12) }, now)).toEqual({
      ok: true,
      opensAt: day(7),
      closesAt: day(12),
    });
    expect(approvalDates({ opensAt: null, closesAt: null }, {}, now)).toEqual({
      ok: true,
      opensAt: now,
      closesAt: day(5 + DEFAULT_RUN_DAYS),
    });
  });

  it('opens now when the day asked for has passed while the request waited', () => {
    expect(approvalDates({ opensAt: day(2), closesAt: day(9) }, {}, now)).toEqual({
      ok: true,
      opensAt: now,
      closesAt: day(9),
    });
  });

  it('refuses closing before opening, or in the past', () => {
    expect(
      approvalDates({ opensAt: null, closesAt: null }, { opensAt: day(8), closesAt: day(8) }, now),
    ).toEqual({ ok: false, reason: 'body.closesAt: must be after it opens.' });
    expect(
      approvalDates({ opensAt: null, closesAt: null }, { opensAt: day(1), closesAt: day(3) }, now),
    ).toEqual({ ok: false, reason: 'body.closesAt: must be in the future.' });
  });

  it('checks the dates an artist asks for', () => {
    expect(askedDatesProblem(null, null, now)).toBeNull();
    expect(askedDatesProblem(day(6), day(9), now)).toBeNull();
    expect(askedDatesProblem(null, day(4), now)).toBe('body.closesAt: must be in the future.');
    expect(askedDatesProblem(day(9), day(7), now)).toBe('body.closesAt: must be after it opens.');
  });
});
