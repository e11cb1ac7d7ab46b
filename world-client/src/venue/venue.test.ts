import { describe, expect, it } from 'vitest';
import { fromLocalInput, proposedRun, toLocalInput } from './dates.ts';
import { isVenuePath } from './route.ts';
import { staffOf } from './staff.ts';

describe('the venue staff’s page', () => {
  it('lives at /venue', () => {
    expect(isVenuePath('/venue')).toBe(true);
    expect(isVenuePath('/venue/')).toBe(true);
    expect(isVenuePath('/venues')).toBe(false);
    expect(isVenuePath('/')).toBe(false);
  });

  it('turns datetime-local values into instants and back, to the minute', () => {
    const date = new Date(2027, 4, 17, 18, 30);
    expect(toLocalInput(date)).toBe('2027-05-17T18:30');
    expect(fromLocalInput(toLocalInput(date))).toBe(date.toISOString());
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('not a date')).toBeUndefined();
  });

  it('proposes the dates asked for, else four weeks from now', () => {
    const now = new Date(2027, 0, 10, 12, 0);
    expect(proposedRun({ opensAt: null, closesAt: null }, now)).toEqual({
      opens: '2027-01-10T12:00',
      closes: '2027-02-07T12:00',
    });
    const asked = {
      opensAt: new Date(2027, 0, 12).toISOString(),
      closesAt: new Date(2027, 0, 20).toISOString(),
    };
    expect(proposedRun(asked, now)).toEqual({ opens: '2027-01-12T00:00', closes: '2027-01-20T00:00' });
    // A day asked for that has passed while the request waited: it opens now.
    expect(proposedRun({ ...asked, opensAt: new Date(2027, 0, 1).toISOString() }, now).opens).toBe(
      '2027-01-10T12:00',
    );
  });
});

describe('staffOf', () => {
  it('gives admins every part of the staff page, and the others their own', () => {
    expect(staffOf(['member', 'admin'])).toEqual({ admin: true, curator: true, moderator: true, any: true });
    expect(staffOf(['member', 'curator'])).toEqual({
      admin: false,
      curator: true,
      moderator: false,
      any: true,
    });
    expect(staffOf(['moderator'])).toMatchObject({ curator: false, moderator: true, any: true });
    expect(staffOf(['member', 'artist']).any).toBe(false);
    expect(staffOf(undefined).any).toBe(false);
  });
});

describe('the desk’s tabs', () => {
  it('shows each person the tabs of their roles, and a tab they may not see as their first', async () => {
    const { deskTabOf, tabsFor } = await import('./route.ts');
    expect(tabsFor(staffOf(['curator']))).toEqual(['requests', 'calendar']);
    expect(tabsFor(staffOf(['moderator']))).toEqual(['moderation']);
    expect(tabsFor(staffOf(['admin']))).toEqual(['requests', 'calendar', 'moderation', 'money', 'people']);
    expect(deskTabOf('/venue/calendar', staffOf(['curator']))).toBe('calendar');
    expect(deskTabOf('/venue/money', staffOf(['curator']))).toBe('requests');
    expect(deskTabOf('/venue', staffOf(['moderator']))).toBe('moderation');
    expect(deskTabOf('/venue', staffOf([]))).toBeNull();
  });
});
