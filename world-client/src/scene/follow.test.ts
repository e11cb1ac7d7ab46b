import { describe, expect, it } from 'vitest';
import { colourFor, follow, nearest, type Track, trackOf } from './follow.ts';

const person = (id: string, x: number, z: number, yaw = 0) => ({
  id,
  name: id,
  role: 'visitor',
  avatar: 'ada',
  slot: 900 + id.length,
  away: false,
  handRaisedAt: 0,
  reaction: '',
  reactedAt: 0,
  x,
  z,
  yaw,
});

describe('following the crowd', () => {
  it('eases towards where the room says someone is when no pose stream flows', () => {
    const track = trackOf(person('ada', 0, 0));
    for (let i = 0; i < 30; i++) follow(track, person('ada', 2, -1, Math.PI / 2), 0, 1 / 60);
    expect(track.x).toBeCloseTo(2, 1);
    expect(track.z).toBeCloseTo(-1, 1);
    expect(track.yaw).toBeCloseTo(Math.PI / 2, 1);
  });

  it('picks the nearest few within range, for name tags', () => {
    const tracks = new Map<string, Track>([
      ['far', trackOf(person('far', 30, 0))],
      ['b', trackOf(person('b', 2, 0))],
      ['a', trackOf(person('a', 1, 0))],
      ['c', trackOf(person('c', 0, 3))],
    ]);
    expect(nearest(tracks, 0, 0, 10, 2)).toEqual(['a', 'b']);
    expect(nearest(tracks, 0, 0, 10, 12)).toEqual(['a', 'b', 'c']);
  });

  it('gives each person a stable colour', () => {
    expect(colourFor('ada')).toBe(colourFor('ada'));
    expect(colourFor('ada')).not.toBe(colourFor('ben'));
  });
});
