import { describe, expect, it } from 'vitest';
import type { RemotePerson } from '../state/store.ts';
import { featuredIds } from './featured.ts';

const person = (id: string, x: number, z: number, role = 'visitor'): RemotePerson => ({
  id,
  name: id,
  role,
  avatar: 'ada',
  slot: 0,
  away: false,
  muted: false,
  floor: false,
  handRaisedAt: 0,
  reaction: '',
  reactedAt: 0,
  x,
  z,
  yaw: 0,
});

describe('who gets a full avatar', () => {
  it('is performers wherever they are, then the nearest people within range', () => {
    const people = [
      person('far', 20, 0),
      person('performer', 30, 30, 'performer'),
      person('near', 1, 0),
      person('nearer', 0.5, 0),
      person('edge', 0, 8),
      person('beyond', 0, 8.1),
    ];
    expect(featuredIds(people, { x: 0, z: 0 }, 6, 8)).toEqual(['performer', 'nearer', 'near', 'edge']);
  });
  it('stops at the limit, nearest first', () => {
    const people = Array.from({ length: 10 }, (_, i) => person(`p${i}`, i * 0.5, 0));
    expect(featuredIds(people, { x: 0, z: 0 }, 3, 8)).toEqual(['p0', 'p1', 'p2']);
  });
});
