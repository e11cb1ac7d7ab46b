import { describe, expect, it } from 'vitest';
import type { ChatLine, RemotePerson } from '../state/store.ts';
import { activitiesBetween, badgeOf, noteActivities, SHOWN_MS, SPEAKING } from './activity.ts';

const someone = (id: string, reaction = '', reactedAt = 0): RemotePerson => ({
  id,
  name: id,
  role: 'visitor',
  avatar: 'ada',
  slot: 1,
  away: false,
  muted: false,
  floor: false,
  x: 0,
  z: 0,
  yaw: 0,
  handRaisedAt: 0,
  reaction,
  reactedAt,
});
const line = (id: number, from: string): ChatLine => ({ id, from, name: from, text: 'hi' });

describe('what people just did', () => {
  const before = { people: [someone('ada', 'heart', 100), someone('bo')], chat: [line(1, 'bo')] };

  it('finds a new reaction and a new chat line, each with its badge', () => {
    const after = {
      people: [someone('ada', 'applause', 200), someone('bo')],
      chat: [line(1, 'bo'), line(2, 'bo')],
    };
    expect(activitiesBetween(before, after)).toEqual([
      { id: 'ada', badge: '👏', ms: SHOWN_MS.reaction },
      { id: 'bo', badge: SPEAKING, ms: SHOWN_MS.chat },
    ]);
  });

  it('counts the same reaction again when it is sent again', () => {
    const after = { people: [someone('ada', 'heart', 300), someone('bo')], chat: before.chat };
    expect(activitiesBetween(before, after).map((a) => a.badge)).toEqual(['❤️']);
  });

  it('takes no news from someone arriving, or from nothing changing', () => {
    const arrived = { people: [...before.people, someone('cy', 'fire', 50)], chat: before.chat };
    expect(activitiesBetween(before, arrived)).toEqual([]);
    expect(activitiesBetween(before, before)).toEqual([]);
  });

  it('shows a badge for its time, then none', () => {
    noteActivities([{ id: 'ada', badge: '👏', ms: 3000 }], 1000);
    expect(badgeOf('ada', 3999)).toBe('👏');
    expect(badgeOf('ada', 4000)).toBeNull();
    expect(badgeOf('nobody', 0)).toBeNull();
  });
});
