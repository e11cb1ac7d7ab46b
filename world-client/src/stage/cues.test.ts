import type { Show } from '@prostudio/backend/contract';
import { stageMessageSchema } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { cueAct, loadRunningOrder, showOnNow, stagePlays } from './cues.ts';

const ACTS = [
  { title: 'Overture', lights: 'cool' as const, screen: 'Welcome' },
  { title: 'Storm', lights: 'party' as const },
  { title: 'Encore' },
];

const show = (title: string, startsAt: string, endsAt: string, status: Show['status'] = 'approved') =>
  ({ title, startsAt, endsAt, status, acts: ACTS }) as unknown as Show;

describe('the performer’s show on stage now', () => {
  const shows = [
    show('Declined', '2026-12-09T19:00:00Z', '2026-12-09T23:00:00Z', 'declined'),
    show('Tonight', '2026-12-09T20:00:00Z', '2026-12-09T21:00:00Z'),
    show('Tomorrow', '2026-12-10T20:00:00Z', '2026-12-10T21:00:00Z'),
  ];

  it('is the approved one whose doors are open, or which is on', () => {
    expect(showOnNow(shows, new Date('2026-12-09T19:40:00Z'))?.title).toBe('Tonight');
    expect(showOnNow(shows, new Date('2026-12-09T20:59:00Z'))?.title).toBe('Tonight');
  });

  it('is none before the doors open and after the end', () => {
    expect(showOnNow(shows, new Date('2026-12-09T19:20:00Z'))).toBeUndefined();
    expect(showOnNow(shows, new Date('2026-12-09T21:00:00Z'))).toBeUndefined();
  });
});

describe('the running order on stage', () => {
  it('loads at its first act, with that act’s lights and screen, as a message the stage accepts', () => {
    const message = loadRunningOrder(ACTS);
    expect(message).toEqual({
      runningOrder: ['Overture', 'Storm', 'Encore'],
      cue: 0,
      lights: 'cool',
      screen: 'Welcome',
    });
    expect(stageMessageSchema.safeParse(message).success).toBe(true);
    expect(loadRunningOrder([])).toBeNull();
  });

  it('steps to an act, leaving alone what the act does not set', () => {
    expect(cueAct(ACTS, 1)).toEqual({ cue: 1, lights: 'party' });
    expect(cueAct(ACTS, 2)).toEqual({ cue: 2 });
    expect(cueAct(ACTS, 3)).toBeNull();
    for (const index of [0, 1, 2])
      expect(stageMessageSchema.safeParse(cueAct(ACTS, index)).success).toBe(true);
  });

  it('knows when the stage already plays it', () => {
    expect(stagePlays(['Overture', 'Storm', 'Encore'], ACTS)).toBe(true);
    expect(stagePlays(['Overture', 'Storm'], ACTS)).toBe(false);
    expect(stagePlays([], ACTS)).toBe(false);
  });
});
