import { describe, expect, it } from 'vitest';
import { voiceAudiences } from './voice-interest.ts';

describe('voice interest', () => {
  it('a talker beside a listener is heard; one across a large room is not; nobody hears themselves', () => {
    const talkers = [
      { slot: 1, x: 0, z: 0 },
      { slot: 2, x: 20, z: 0 },
    ];
    const listeners = [
      { slot: 1, x: 0, z: 0 },
      { slot: 3, x: 1, z: 0 },
    ];
    const heard = voiceAudiences(talkers, listeners, { most: 8, radius: 12 });
    expect([...heard.get(1)!]).toEqual([3]);
    expect([...heard.get(2)!]).toEqual([]);
  });

  it('with more talkers than the budget, each listener gets the nearest', () => {
    const talkers = Array.from({ length: 10 }, (_, i) => ({ slot: 10 + i, x: i, z: 0 }));
    const heard = voiceAudiences(talkers, [{ slot: 1, x: -0.5, z: 0 }], { most: 3, radius: 50 });
    const heardBy1 = [...heard].filter(([, listeners]) => listeners.has(1)).map(([talker]) => talker);
    expect(heardBy1).toEqual([10, 11, 12]);
  });

  it('what a listener receives stays bounded when everyone talks at once', () => {
    const everyone = Array.from({ length: 100 }, (_, i) => ({
      slot: i,
      x: (i % 10) * 1.5,
      z: Math.floor(i / 10),
    }));
    const heard = voiceAudiences(everyone, everyone, { most: 8, radius: 12 });
    const perListener = new Map<number, number>();
    for (const listeners of heard.values())
      for (const slot of listeners) perListener.set(slot, (perListener.get(slot) ?? 0) + 1);
    expect(Math.max(...perListener.values())).toBe(8);
  });
});
