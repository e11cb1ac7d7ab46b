import { describe, expect, it } from 'vitest';
import type { PersonState } from '@prostudio/protocol';
import { peopleFrom } from './people-list.ts';

const person = (name: string, x: number, slot: number): PersonState => ({
  name,
  role: 'visitor',
  avatar: 'ada',
  slot,
  connected: true,
  muted: false,
  floor: false,
  spotlit: false,
  handRaised: false,
  handRaisedAt: 0,
  reaction: '',
  reactedAt: 0,
  x,
  z: 0,
  yaw: 0,
});

describe('the people list', () => {
  const room = new Map([
    ['s2', person('Cy', 2, 2)],
    ['s1', person('Ada', 1, 1)],
    ['me', person('Ben', 5, 3)],
  ]);
  const first = peopleFrom(room, 'me', []);

  it('lists everyone but the visitor by name, and gives the visitor their own place', () => {
    expect(first.people.map((p) => p.name)).toEqual(['Ada', 'Cy']);
    expect(first.self).toEqual({ x: 5, z: 0, yaw: 0 });
  });

  it('gives back the very same list when nobody changed, so nothing redraws', () => {
    expect(peopleFrom(room, 'me', first.people).people).toBe(first.people);
  });

  it('makes a new object only for who moved or changed', () => {
    const moved = new Map(room).set('s2', person('Cy', 3, 2));
    const next = peopleFrom(moved, 'me', first.people).people;
    expect(next).not.toBe(first.people);
    expect(next[0]).toBe(first.people[0]); // Ada, unchanged
    expect(next[1]).not.toBe(first.people[1]);
    expect(next[1]?.x).toBe(3);
    const hand = new Map(room).set('s1', { ...person('Ada', 1, 1), handRaised: true, handRaisedAt: 99 });
    expect(peopleFrom(hand, 'me', first.people).people[0]?.handRaisedAt).toBe(99);
  });

  it('drops who left and adds who came', () => {
    const changed = new Map(room);
    changed.delete('s1');
    changed.set('s4', person('Bo', 0, 4));
    expect(peopleFrom(changed, 'me', first.people).people.map((p) => p.name)).toEqual(['Bo', 'Cy']);
  });
});
