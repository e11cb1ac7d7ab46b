import { describe, expect, it } from 'vitest';
import { colourFor, follow, nearest, type Track, trackOf } from './follow.ts';

const person = (id: string, x: number, z: number, yaw = 0) => ({
  id,
  name: id,
  role: 'visitor',
  avatar: 'ada',
  slot: 900 + id.length,
  away: false,
  muted: false,
  floor: false,
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

  it('gives people colours that tell them apart: valid, spread round the wheel, the same on every page', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `guest:${i.toString(36)}-${(i * 7919).toString(16)}`);
    const hues = ids.map((id) => {
      const match = /^hsl\((\d+), 55%, 58%\)$/.exec(colourFor(id));
      expect(match, colourFor(id)).not.toBeNull();
      return Number(match?.[1]);
    });
    // Every twelfth of the wheel gets someone, and no hue is shared by more than a few.
    const sectors = new Set(hues.map((hue) => Math.floor(hue / 30)));
    expect(sectors.size).toBe(12);
    const counts = new Map<number, number>();
    for (const hue of hues) counts.set(hue, (counts.get(hue) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
    // A value worked out by hand from the rule (Java's string hash, mod 360), as another page would get it.
    expect(colourFor('ada')).toBe('hsl(294, 55%, 58%)'); // ((97·31 + 100)·31 + 97) mod 360
  });
});
